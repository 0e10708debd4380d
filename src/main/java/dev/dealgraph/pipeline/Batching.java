package dev.dealgraph.pipeline;

/**
 * Says how many articles a write transaction takes and whether it stays open while the next article is prepared.
 *
 * @param articles articles written per transaction at most
 * @param holdOpen true when the transaction waits, open, for articles still being prepared: a bulk ingest holds it
 *                 so as to commit rarely; a server commits first, and also as soon as another write waits, so that
 *                 an upload waits for one article of another batch at most
 */
public record Batching(int articles, boolean holdOpen) {
  public Batching {
    if (articles < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + articles);
    }
  }

  /** Batches for a process that has the store to itself: each commit as large as {@code articles}. */
  public static Batching bulk(int articles) {
    return new Batching(articles, true);
  }

  /**
   * Batches for a store other writers share: committed when full, when the next article is not ready yet, or when
   * another write waits.
   */
  public static Batching shared(int articles) {
    return new Batching(articles, false);
  }
}
