package dev.dealgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealgraph.graph.Iris;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Turns the JSON of an organization or a deal into JSON-LD under the published context
 * ({@code /api/context.jsonld}): the resource gets its IRI and type, every nested resource its IRI, and status and
 * amount-kind codes become ontology terms ({@code dg:completed}, {@code dg:upTo}).
 */
final class JsonLd {
  /** Where the context is served. */
  static final String CONTEXT_PATH = "/api/context.jsonld";

  /** API paths of nested resources and the IRI path of each kind. */
  private static final Map<String, String> RESOURCES = Map.of(
      "/api/investments/", "deal/", "/api/rounds/", "round/", "/api/articles/", "article/");

  private JsonLd() {}

  /** Returns {@code tree} as JSON-LD of the given ontology class ({@code "Organization"}, {@code "Deal"}). */
  static ObjectNode of(ObjectNode tree, String type, Context ctx) {
    ObjectNode out = tree.objectNode();
    out.put("@context", ctx.req().getScheme() + "://" + ctx.host() + CONTEXT_PATH);
    out.put("@type", "dg:" + type);
    out.setAll(tree);
    decorate(out, true);
    return out;
  }

  private static void decorate(JsonNode node, boolean top) {
    if (node.isArray()) {
      node.forEach(n -> decorate(n, false));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    if (!top && object.has("href") && !object.has("iri")) {
      iri(object).ifPresent(iri -> object.put("@id", iri));
    }
    if (object.has("kind") && object.has("currency")) {
      object.put("kind", "dg:" + object.get("kind").asText());
    }
    if (object.has("status") && object.get("status").isTextual()) {
      object.put("status", "dg:" + object.get("status").asText());
    }
    object.forEach(child -> decorate(child, false));
  }

  private static java.util.Optional<String> iri(ObjectNode object) {
    String href = object.get("href").asText();
    String id = href.substring(href.lastIndexOf('/') + 1);
    if (href.startsWith("/api/organizations/")) {
      boolean person = object.path("kind").asText().equals("person");
      return java.util.Optional.of(Iris.ID + (person ? "person/" : "org/") + id);
    }
    return RESOURCES.entrySet().stream().filter(e -> href.startsWith(e.getKey())).findFirst()
        .map(e -> Iris.ID + e.getValue() + id);
  }
}
