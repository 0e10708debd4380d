package dev.dealgraph.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * Sums up a batch ingest.
 *
 * @param ingested  new articles stored
 * @param replaced  articles whose changed content replaced their graph
 * @param unchanged articles already stored with the same content
 * @param failures  the articles (or inputs) that failed, each with its reason
 * @param elapsed   how long the batch took
 */
public record Summary(long ingested, long replaced, long unchanged, List<Outcome> failures, Duration elapsed) {
  public Summary {
    failures = List.copyOf(failures);
  }

  /** Returns how many articles were seen, failed ones included. */
  public long total() {
    return ingested + replaced + unchanged + failures.size();
  }

  /** Returns articles per second over the whole batch. */
  public double perSecond() {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    return total() / seconds;
  }

  /** Returns the one-line summary logged and printed at the end of a batch. */
  public String line() {
    return String.format("%d articles: %d ingested, %d replaced, %d unchanged, %d failed in %.1f s (%.1f articles/s)",
        total(), ingested, replaced, unchanged, failures.size(), elapsed.toMillis() / 1000.0, perSecond());
  }
}
