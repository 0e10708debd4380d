package dev.dealgraph.pipeline;

import dev.dealgraph.ingest.Article;
import java.util.List;
import java.util.Optional;

/**
 * Holds one input read and its articles checked, ahead of the batch they join.
 *
 * @param input       the input
 * @param readFailure why the input could not be read; then there are no steps
 * @param steps       each article with what checking it gave
 */
record Readied(Input input, Optional<String> readFailure, List<Step> steps) {

  /**
   * Holds one article and what checking it gave: prepared to store, unchanged (neither prepared nor failed), or a
   * failure.
   *
   * @param storedHash the content hash the store held for the article when it was checked; when the store holds
   *                   another by the time the step is used, the article is checked again
   */
  record Step(Article article, Optional<String> storedHash, Optional<Prepared> prepared, Optional<String> failure) {}
}
