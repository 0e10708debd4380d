package dev.dealgraph.extract;

import dev.dealgraph.ingest.Article;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks the name a report gives each entity: the gazetteer's canonical name when the article uses it, else the
 * shorter form of it the article uses throughout ("Acme" for the gazetteer's "Acme AI").
 *
 * <p>Only a run of the canonical name's own words stands in for it, so a product ("Claude" for Anthropic), a
 * ticker or a description never becomes the name reported. The graph keeps canonical names: this is the report's
 * wording, not the entity's identity.
 */
final class ReportNames {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

  private final Map<String, String> shown;

  private ReportNames(Map<String, String> shown) {
    this.shown = shown;
  }

  /** Returns the names to report for the entities of one article's extraction. */
  static ReportNames of(Article article, Extraction extraction) {
    String text = article.title() + "\n" + article.text();
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    for (Mention m : extraction.mentions()) {
      String form = POSSESSIVE.matcher(m.text().strip()).replaceFirst("").replaceFirst("^(?i:the)\\s+", "");
      if (!form.isEmpty() && Character.isUpperCase(form.codePointAt(0)) && partOf(form, m.entity().name())) {
        forms.computeIfAbsent(m.entity().name(), n -> new HashMap<>()).merge(form, 1, Integer::sum);
      }
    }
    Map<String, String> shown = new HashMap<>();
    forms.forEach((canonical, used) -> {
      if (!used.containsKey(canonical) && !contains(text, canonical)) {
        // The form used most, the longer of two used as often.
        used.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
            .ifPresent(e -> shown.put(canonical, e.getKey()));
      }
    });
    return new ReportNames(Collections.unmodifiableMap(shown));
  }

  /** Returns the name to report for an entity. */
  String of(Entity e) {
    return shown.getOrDefault(e.name(), e.name());
  }

  /** Returns true when a form is a shorter run of the canonical name's words, compared without case. */
  private static boolean partOf(String form, String canonical) {
    List<String> part = words(form);
    List<String> whole = words(canonical);
    return part.size() < whole.size() && Collections.indexOfSubList(whole, part) >= 0;
  }

  private static List<String> words(String name) {
    return Arrays.asList(SPACES.split(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** Returns true when the text names the canonical name as whole words, in any case. */
  private static boolean contains(String text, String name) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
  }
}
