package dev.dealgraph.api;

import dev.dealgraph.store.Store;
import io.javalin.http.Context;

/**
 * Answers {@code GET /api/health}: whether the store answers, with figures that cost nothing to read. Counting quads
 * scans a whole index (minutes on a store of 84,000 articles), so it is left to {@code /api/stats} and
 * {@code dealgraph stats}.
 */
public final class HealthController {
  private final Store store;

  public HealthController(Store store) {
    this.store = store;
  }

  /** The health document. */
  record Health(String status, StoreState store) {}

  /** The store's write generation (it changes with every write) and the bytes it takes on disk. */
  record StoreState(long generation, long diskBytes) {}

  public void get(Context ctx) {
    ctx.json(new Health("ok", new StoreState(store.generation(), store.diskBytes())));
  }
}
