package dev.dealgraph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks JSON bodies against the response schemas of the shipped OpenAPI document: required properties present,
 * no property the schema does not declare, types and enums as declared. Returns every mismatch at once.
 */
public final class OpenApiShapes {
  private static final JsonNode DOC = load();

  private OpenApiShapes() {}

  /** Returns the mismatches between {@code body} and the 200 JSON response schema of {@code GET path}. */
  public static List<String> problems(String path, JsonNode body) {
    JsonNode schema = DOC.at("/paths/" + path.replace("~", "~0").replace("/", "~1")
        + "/get/responses/200/content/application~1json/schema");
    if (schema.isMissingNode()) {
      return List.of("the OpenAPI document has no JSON 200 response for GET " + path);
    }
    List<String> out = new ArrayList<>();
    check(schema, body, "", out);
    return out;
  }

  /** Returns the document's path template that {@code route} matches ("/api/rounds/{id}" for "/api/rounds/ab"). */
  public static String template(String route) {
    for (Iterator<String> it = DOC.get("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      if (route.matches(template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
        return template;
      }
    }
    return route;
  }

  private static void check(JsonNode schema, JsonNode node, String at, List<String> out) {
    if (schema.has("$ref")) {
      check(DOC.at(schema.get("$ref").asText().substring(1)), node, at, out);
      return;
    }
    if (schema.has("allOf")) {
      schema.get("allOf").forEach(s -> check(s, node, at, out));
    }
    String type = schema.path("type").asText("");
    switch (type) {
      case "object" -> object(schema, node, at, out);
      case "array" -> {
        if (!node.isArray()) {
          out.add(at + ": expected an array, got " + node.getNodeType());
        } else {
          for (int i = 0; i < node.size(); i++) {
            check(schema.get("items"), node.get(i), at + "/" + i, out);
          }
        }
      }
      case "string" -> expect(node.isTextual(), "a string", node, at, out);
      case "integer" -> expect(node.isIntegralNumber(), "an integer", node, at, out);
      case "number" -> expect(node.isNumber(), "a number", node, at, out);
      case "boolean" -> expect(node.isBoolean(), "a boolean", node, at, out);
      default -> { }
    }
    if (schema.has("enum") && node.isValueNode()) {
      List<String> allowed = new ArrayList<>();
      schema.get("enum").forEach(v -> allowed.add(v.asText()));
      if (!allowed.contains(node.asText())) {
        out.add(at + ": '" + node.asText() + "' is not one of " + allowed);
      }
    }
  }

  private static void object(JsonNode schema, JsonNode node, String at, List<String> out) {
    if (!node.isObject()) {
      out.add(at + ": expected an object, got " + node.getNodeType());
      return;
    }
    schema.path("required").forEach(r -> {
      if (!node.has(r.asText())) {
        out.add(at + ": required property '" + r.asText() + "' is missing");
      }
    });
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.path("additionalProperties");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (properties.has(field.getKey())) {
        check(properties.get(field.getKey()), field.getValue(), at + "/" + field.getKey(), out);
      } else if (additional.isObject()) {
        check(additional, field.getValue(), at + "/" + field.getKey(), out);
      } else if (!additional.asBoolean(false)) {
        out.add(at + ": property '" + field.getKey() + "' is not in the schema");
      }
    }
  }

  private static void expect(boolean ok, String what, JsonNode node, String at, List<String> out) {
    if (!ok) {
      out.add(at + ": expected " + what + ", got " + node.getNodeType() + " " + node);
    }
  }

  private static JsonNode load() {
    try (InputStream in = OpenApiShapes.class.getResourceAsStream("/dealgraph/api/openapi.json")) {
      return ApiServer.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
