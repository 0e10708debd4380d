package dev.dealgraph.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the schema.org article object among a page's JSON-LD blocks, looking inside arrays and {@code @graph}. */
final class JsonLd {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
      "AnalysisNewsArticle", "BlogPosting", "TechArticle", "Report", "OpinionNewsArticle", "BackgroundNewsArticle");

  private JsonLd() {}

  /** Returns the first article object the page's JSON-LD describes. */
  static Optional<JsonNode> article(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        Optional<JsonNode> found = find(MAPPER.readTree(script.data()));
        if (found.isPresent()) {
          return found;
        }
      } catch (JacksonException malformed) {
        // Pages ship broken JSON-LD often enough; the other metadata and the visible page still say what it says.
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> find(JsonNode root) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.add(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.poll();
      if (node.isArray()) {
        node.forEach(pending::add);
      } else if (node.isObject()) {
        if (isArticle(node.get("@type"))) {
          return Optional.of(node);
        }
        Optional.ofNullable(node.get("@graph")).ifPresent(pending::add);
      }
    }
    return Optional.empty();
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }
}
