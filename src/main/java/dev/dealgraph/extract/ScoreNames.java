package dev.dealgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps entity names to the gold file's canonical names the way {@code score.py} does. */
final class ScoreNames {

  private static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
      "ltd", "limited", "llc", "plc", "ag", "sa", "se", "gmbh", "nv", "bv", "com", "the");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  private final Map<String, String> table = new HashMap<>();

  ScoreNames(JsonNode entities) {
    entities.fields().forEachRemaining(e -> {
      table.put(norm(e.getKey()), e.getKey());
      e.getValue().forEach(alias -> table.put(norm(alias.asText()), e.getKey()));
    });
  }

  /** Returns the canonical name of a report or gold name (a string or an object with "name" or "label"). */
  String canonical(JsonNode name) {
    String key = norm(text(name));
    return table.getOrDefault(key, key);
  }

  private static String text(JsonNode name) {
    if (name == null || name.isMissingNode() || name.isNull()) {
      return "";
    }
    if (name.isObject()) {
      JsonNode n = name.path("name").asText("").isEmpty() ? name.path("label") : name.path("name");
      return n.asText("");
    }
    return name.asText("");
  }

  /** Lower-cases, drops accents, punctuation, trailing corporate suffixes and a leading "the". */
  static String norm(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    s = s.replace(".com", " com").replace("&", " and ");
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      words.add(m.group());
    }
    while (!words.isEmpty() && SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    while (!words.isEmpty() && words.get(0).equals("the")) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /** Renders a JSON value like Python's repr() of the parsed value, for the error list. */
  static String repr(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return "None";
    }
    if (value.isObject()) {
      List<String> parts = new ArrayList<>();
      value.fields().forEachRemaining(e -> parts.add("'" + e.getKey() + "': " + repr(e.getValue())));
      return "{" + String.join(", ", parts) + "}";
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? "True" : "False";
    }
    return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
  }

  /** Renders a float like Python's repr(): "4000000000.0". */
  static String repr(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e16) {
      return new java.math.BigDecimal(value).toPlainString() + ".0";
    }
    return Double.toString(value);
  }
}
