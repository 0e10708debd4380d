package dev.dealgraph.api;

import dev.dealgraph.query.StatsService;
import io.javalin.http.Context;

/** Answers {@code /api/stats}. */
public final class StatsController {
  private final StatsService service;
  private final Responder responder;

  public StatsController(StatsService service, Responder responder) {
    this.service = service;
    this.responder = responder;
  }

  /** Answers the statistics in the requested currency, each ranking {@code top} long. */
  public void get(Context ctx) {
    Params p = Params.of(ctx, "currency", "top");
    String currency = p.currency("currency").orElse("USD");
    int top = p.integer("top", 10, 1, 100);
    responder.json(ctx, () -> service.stats(currency, top));
  }
}
