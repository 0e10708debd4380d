package dev.dealgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/** Looks up article fields in JSON-shaped data (news-API records, front matter, JSON-LD) under their usual names. */
final class JsonFields {
  private JsonFields() {}

  /**
   * Returns the first field among {@code names} that holds a usable value: a string or number, an object's
   * {@code name}, or the values of an array joined with commas.
   */
  static Optional<String> text(JsonNode object, String... names) {
    for (String name : names) {
      Optional<String> value = text(object.get(name));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isValueNode()) {
      return Optional.of(node.asText()).filter(s -> !Text.isBlank(s));
    }
    if (node.isObject()) {
      return text(node, "name", "@value", "title");
    }
    if (node.isArray()) {
      StringJoiner joined = new StringJoiner(", ");
      node.forEach(item -> text(item).ifPresent(joined::add));
      return Optional.of(joined.toString()).filter(s -> !s.isEmpty());
    }
    return Optional.empty();
  }

  /** Returns the names of the object's fields, for messages that say what a record held instead. */
  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
