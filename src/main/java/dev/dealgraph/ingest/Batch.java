package dev.dealgraph.ingest;

import java.util.List;

/**
 * Holds the documents one input gave.
 *
 * @param drafts     the documents, in input order
 * @param collection whether the input is a collection (a feed, a JSON array, JSON Lines), whose documents get
 *                   numbered origins even when there is only one
 */
record Batch(List<Draft> drafts, boolean collection) {
  Batch {
    drafts = List.copyOf(drafts);
  }

  /** Returns the origin of the document at {@code index} (0-based) of a collection: {@code origin#1} for the first. */
  static String itemOrigin(String origin, int index) {
    return origin + "#" + (index + 1);
  }

  /** Returns a batch of the one document a single-document input holds. */
  static Batch single(Draft draft) {
    return new Batch(List.of(draft), false);
  }
}
