package dev.dealgraph.pipeline;

import dev.dealgraph.extract.Extraction;
import java.util.Objects;
import java.util.Optional;

/**
 * Says what became of one article (or of an input that yielded none).
 *
 * @param origin     where it came from (file name, {@code file#2} for the second document of a feed)
 * @param articleId  the article's id, when it could be read
 * @param title      the article's title, when it could be read
 * @param result     what happened
 * @param reason     why it failed, in one line
 * @param extraction what was extracted, for articles that were stored
 */
public record Outcome(
    String origin, Optional<String> articleId, Optional<String> title, Result result, Optional<String> reason,
    Optional<Extraction> extraction) {

  /** What happened to an article. */
  public enum Result { INGESTED, REPLACED, UNCHANGED, FAILED }

  public Outcome {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(result, "result");
    if ((result == Result.FAILED) != reason.isPresent()) {
      throw new IllegalArgumentException("a reason is given exactly when an article failed: " + result);
    }
  }

  static Outcome failed(String origin, Optional<String> articleId, Optional<String> title, String reason) {
    return new Outcome(origin, articleId, title, Result.FAILED, Optional.of(oneLine(reason)), Optional.empty());
  }

  private static String oneLine(String reason) {
    return reason == null ? "unknown failure" : reason.replaceAll("\\s*\\R\\s*", " ");
  }
}
