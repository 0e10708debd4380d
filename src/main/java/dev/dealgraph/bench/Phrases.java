package dev.dealgraph.bench;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Holds the phrase sections the corpus generator writes articles from ({@code /dealgraph/bench/phrases.txt}) and
 * fills their {@code {slot}} placeholders.
 */
final class Phrases {
  static final String STANDARD = "/dealgraph/bench/phrases.txt";

  private final Map<String, List<String>> sections;

  private Phrases(Map<String, List<String>> sections) {
    this.sections = sections;
  }

  /** Loads the phrases shipped in the jar; a missing file or an empty section stops the generator. */
  static Phrases standard() {
    try (InputStream in = Phrases.class.getResourceAsStream(STANDARD)) {
      if (in == null) {
        throw DealGraphException.invalidContent(STANDARD + ": phrase file is missing from the classpath");
      }
      return parse(STANDARD, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw DealGraphException.invalidContent(STANDARD + ": cannot read phrases: " + e.getMessage(), e);
    }
  }

  static Phrases parse(String origin, String text) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    String[] lines = text.split("\r?\n");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        if (sections.put(line.substring(1, line.length() - 1), current) != null) {
          throw DealGraphException.invalidContent(origin + ":" + (n + 1) + ": section repeated: " + line);
        }
      } else if (current == null) {
        throw DealGraphException.invalidContent(origin + ":" + (n + 1) + ": phrase outside a section: " + line);
      } else {
        current.add(line);
      }
    }
    sections.forEach((name, phrases) -> {
      if (phrases.isEmpty()) {
        throw DealGraphException.invalidContent(origin + ": section [" + name + "] is empty");
      }
    });
    sections.replaceAll((name, phrases) -> List.copyOf(phrases));
    return new Phrases(Map.copyOf(sections));
  }

  /** Returns every phrase of a section. */
  List<String> all(String section) {
    List<String> found = sections.get(section);
    if (found == null) {
      throw DealGraphException.invalidContent(STANDARD + ": no section [" + section + "]");
    }
    return found;
  }

  /** Returns one phrase of a section, chosen by {@code random}. */
  String pick(String section, SplittableRandom random) {
    List<String> found = all(section);
    return found.get(random.nextInt(found.size()));
  }

  /**
   * Replaces every {@code {slot}} of {@code template} by what {@code slots} gives for its name; a possessive after
   * a name ending in "s" keeps only its apostrophe.
   */
  static String fill(String template, UnaryOperator<String> slots) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, at, template.length());
        break;
      }
      String value = slots.apply(template.substring(open + 1, close));
      out.append(template, at, open).append(value);
      at = close + 1;
      if (value.endsWith("s") && template.startsWith("'s", at)) {
        out.append('\'');
        at += 2;
      }
    }
    return out.toString();
  }
}
