package dev.dealgraph.ingest;

import dev.dealgraph.DealGraphException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds the stored article from a draft: normalised paragraphs, furniture removed, title first, then the lead,
 * then the body, joined by one blank line; hashes for the id and the content.
 *
 * <p>A document without a headline gets one derived from its first paragraph: the paragraph itself when it is
 * short, else its first sentence, else its first words with an ellipsis. The text is not repeated for it, so the
 * derived title is then a prefix of the text's first paragraph.
 */
final class Assembler {
  /** Longer than this, a first line is a paragraph rather than a headline. */
  static final int HEADLINE_MAX_CHARS = 200;
  private static final int DERIVED_TITLE_CHARS = 160;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"'(\\d])");
  private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.{3})$");

  private final Furniture furniture;

  Assembler(Furniture furniture) {
    this.furniture = furniture;
  }

  /** Builds the article read from {@code origin}, or says in one line why the draft is not an article. */
  Article assemble(String origin, Draft draft) {
    List<String> rawBody = cleaned(draft.body());
    List<String> body = new ArrayList<>(furniture.strip(rawBody));
    if (!rawBody.isEmpty() && body.isEmpty()) {
      throw onlyFurniture(origin, draft.format());
    }
    Optional<String> title = draft.title().map(Text::clean).filter(t -> !t.isEmpty());
    List<String> paragraphs = new ArrayList<>();
    title.ifPresent(paragraphs::add);
    for (String lead : cleaned(draft.lead())) {
      if (!paragraphs.contains(lead) && !(body.size() > 0 && isCutFrom(lead, body.get(0)))) {
        paragraphs.add(lead);
      }
    }
    if (!body.isEmpty() && paragraphs.contains(body.get(0))) {
      body.remove(0);
    }
    paragraphs.addAll(body);
    if (paragraphs.isEmpty()) {
      throw DealGraphException.invalidContent(origin + ": no title and no text in the " + draft.format());
    }
    String text = String.join("\n\n", paragraphs);
    Map<String, String> metadata = new LinkedHashMap<>(draft.metadata());
    metadata.put("format", draft.format());
    Optional<String> url = draft.url().map(Text::clean);
    return new Article(
        sha256(url.orElse(text)).substring(0, 16),
        origin,
        title.orElseGet(() -> derivedTitle(paragraphs.get(0))),
        draft.published(),
        draft.source().map(Text::clean),
        url,
        text,
        sha256(text),
        metadata);
  }

  /** Says that a document held nothing but page furniture. */
  static DealGraphException onlyFurniture(String origin, String format) {
    return DealGraphException.invalidContent(origin + ": no article text: the " + format
        + " holds only page furniture (navigation, related links, comment or share prompts)");
  }

  private static List<String> cleaned(List<String> paragraphs) {
    return paragraphs.stream().map(Text::clean).filter(p -> !p.isEmpty()).toList();
  }

  /** A summary that the body's first paragraph repeats (whole or cut off with an ellipsis) is not counted twice. */
  private static boolean isCutFrom(String lead, String first) {
    String cut = ELLIPSIS.matcher(lead).replaceFirst("");
    return !cut.isEmpty() && first.startsWith(cut);
  }

  static String derivedTitle(String paragraph) {
    if (paragraph.length() <= HEADLINE_MAX_CHARS) {
      return paragraph;
    }
    String sentence = SENTENCE_END.split(paragraph, 2)[0];
    if (sentence.length() <= HEADLINE_MAX_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', DERIVED_TITLE_CHARS);
    return sentence.substring(0, cut > 0 ? cut : DERIVED_TITLE_CHARS) + "…";
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
