package dev.dealgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Reads inline fixtures the way every reader test does: one shared reader, UTF-8 bytes, no content type. */
final class Reading {
  static final ArticleReader READER = ArticleReader.create();

  private Reading() {}

  static List<Article> all(String content) {
    return READER.read("fixture", content.getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  static Article one(String content) {
    List<Article> articles = all(content);
    if (articles.size() != 1) {
      throw new AssertionError("expected one article, got " + articles.size());
    }
    return articles.get(0);
  }
}
