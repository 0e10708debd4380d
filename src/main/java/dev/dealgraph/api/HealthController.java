package dev.dealgraph.api;

import dev.dealgraph.store.Store;
import dev.dealgraph.store.StoreCounts;
import io.javalin.http.Context;

/** Answers {@code GET /api/health}: whether the store answers, and what it holds. */
public final class HealthController {
  private final Store store;

  public HealthController(Store store) {
    this.store = store;
  }

  /** The health document. */
  record Health(String status, StoreCounts store) {}

  public void get(Context ctx) {
    ctx.json(new Health("ok", store.counts()));
  }
}
