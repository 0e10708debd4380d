package dev.dealgraph.extract.lexicon;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds one lexicon file: entries grouped in named sections, each entry a phrase with an optional value.
 *
 * <p>Phrases are kept lower-cased with straight quotes and single spaces, the form the matchers compare with.
 */
public final class Lexicon {

  /** Describes one line of a lexicon: the phrase, its value (empty when none) and where it was written. */
  public record Entry(String phrase, String value, int line) {}

  private final String origin;
  private final Map<String, List<Entry>> sections;

  private Lexicon(String origin, Map<String, List<Entry>> sections) {
    this.origin = origin;
    this.sections = sections;
  }

  /**
   * Loads {@code /dealgraph/lexicon/NAME} from the classpath and checks that it has exactly the given sections.
   *
   * @throws DealGraphException when the file is missing or breaks a rule of the format
   */
  public static Lexicon load(String name, Set<String> expectedSections) {
    String path = "/dealgraph/lexicon/" + name;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw DealGraphException.invalidContent(path + ": lexicon file is missing from the classpath");
      }
      return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8), expectedSections);
    } catch (IOException e) {
      throw DealGraphException.invalidContent(path + ": cannot read lexicon: " + e.getMessage(), e);
    }
  }

  /**
   * Parses lexicon text; {@code origin} names the file in error messages.
   *
   * @throws DealGraphException when a line is outside a section, a section is unknown, missing or empty, or a
   *     phrase is repeated within a section
   */
  public static Lexicon parse(String origin, String text, Set<String> expectedSections) {
    Map<String, List<Entry>> sections = new LinkedHashMap<>();
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    String current = null;
    String[] lines = text.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = stripComment(lines[n]).strip();
      int lineNo = n + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = line.substring(1, line.length() - 1).strip();
        if (!expectedSections.contains(current)) {
          throw fail(origin, lineNo, "unknown section [" + current + "], expected one of " + expectedSections);
        }
        sections.computeIfAbsent(current, k -> new ArrayList<>());
        continue;
      }
      if (current == null) {
        throw fail(origin, lineNo, "entry before any [section]: " + line);
      }
      int eq = line.indexOf(" = ");
      String phrase = normalise(eq < 0 ? line : line.substring(0, eq));
      String value = eq < 0 ? "" : line.substring(eq + 3).strip();
      if (phrase.isEmpty() || (eq >= 0 && value.isEmpty()) || line.endsWith(" =") || line.startsWith("= ")) {
        throw fail(origin, lineNo, "entry must be 'phrase' or 'phrase = value': " + line);
      }
      if (!seen.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(phrase)) {
        throw fail(origin, lineNo, "phrase repeated in [" + current + "]: " + phrase);
      }
      sections.get(current).add(new Entry(phrase, value, lineNo));
    }
    for (String expected : expectedSections) {
      if (sections.getOrDefault(expected, List.of()).isEmpty()) {
        throw DealGraphException.invalidContent(origin + ": section [" + expected + "] is missing or empty");
      }
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    return new Lexicon(origin, Map.copyOf(sections));
  }

  /** Returns the entries of a section, in file order. */
  public List<Entry> section(String name) {
    List<Entry> entries = sections.get(name);
    if (entries == null) {
      throw new IllegalArgumentException(origin + " has no section [" + name + "]");
    }
    return entries;
  }

  /** Returns the phrases of a section as a set. */
  public Set<String> phrases(String name) {
    Set<String> out = new LinkedHashSet<>();
    section(name).forEach(e -> out.add(e.phrase()));
    return Set.copyOf(out);
  }

  /** Returns the phrase-to-value map of a section; entries without a value map to the empty string. */
  public Map<String, String> values(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    section(name).forEach(e -> out.put(e.phrase(), e.value()));
    return Map.copyOf(out);
  }

  /** Returns the file this lexicon was read from, for messages. */
  public String origin() {
    return origin;
  }

  /** Lower-cases a phrase, straightens quotes and collapses white space, the form used for matching. */
  public static String normalise(String phrase) {
    return phrase.strip().toLowerCase(java.util.Locale.ROOT)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
        .replaceAll("\\s+", " ");
  }

  private static String stripComment(String line) {
    int hash = line.indexOf(" #");
    if (line.startsWith("#")) {
      return "";
    }
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static DealGraphException fail(String origin, int line, String rule) {
    return DealGraphException.invalidContent(origin + ":" + line + ": " + rule);
  }
}
