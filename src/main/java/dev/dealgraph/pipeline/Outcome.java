package dev.dealgraph.pipeline;

import dev.dealgraph.extract.Extraction;
import dev.dealgraph.ingest.Article;
import java.util.Objects;
import java.util.Optional;

/**
 * Says what became of one article (or of an input that yielded none).
 *
 * @param origin     where it came from (file name, {@code file#2} for the second document of a feed)
 * @param article    the article, when it could be read
 * @param result     what happened
 * @param reason     why it failed, in one line
 * @param extraction what was extracted, for articles that were stored
 */
public record Outcome(
    String origin, Optional<Article> article, Result result, Optional<String> reason,
    Optional<Extraction> extraction) {

  /** What happened to an article. */
  public enum Result { INGESTED, REPLACED, UNCHANGED, FAILED }

  public Outcome {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(extraction, "extraction");
    if ((result == Result.FAILED) != reason.isPresent()) {
      throw new IllegalArgumentException("a reason is given exactly when an article failed: " + result);
    }
  }

  static Outcome failed(String origin, Optional<Article> article, String reason) {
    String line = reason == null ? "unknown failure" : reason.replaceAll("\\s*\\R\\s*", " ");
    return new Outcome(origin, article, Result.FAILED, Optional.of(line), Optional.empty());
  }

  static Outcome stored(Article article, Extraction extraction, boolean replaced) {
    return new Outcome(article.origin(), Optional.of(article), replaced ? Result.REPLACED : Result.INGESTED,
        Optional.empty(), Optional.of(extraction));
  }

  /** Returns this outcome without the article and its extraction, to be held until a large batch commits. */
  Outcome withoutContent() {
    return new Outcome(origin, Optional.empty(), result, reason, Optional.empty());
  }

  static Outcome unchanged(Article article) {
    return new Outcome(article.origin(), Optional.of(article), Result.UNCHANGED, Optional.empty(), Optional.empty());
  }
}
