package dev.dealgraph.api;

import dev.dealgraph.query.CompetitorService;
import dev.dealgraph.query.PageRequest;
import io.javalin.http.Context;
import java.util.Optional;

/** Answers {@code /api/competitors}: rival pairs, or the rivals of one organization. */
public final class CompetitorController {
  private final CompetitorService service;
  private final Responder responder;

  public CompetitorController(CompetitorService service, Responder responder) {
    this.service = service;
    this.responder = responder;
  }

  /** Lists the rivals of {@code of}, or every pair. */
  public void list(Context ctx) {
    Params p = Params.of(ctx, "of", "limit", "offset");
    Optional<String> of = p.actor("of");
    PageRequest page = p.page();
    responder.json(ctx, () -> PageView.of(of.isEmpty() ? service.all(page)
        : service.of(of.get(), page).orElseThrow(NotFound.of("organization", of.get())), ctx));
  }
}
