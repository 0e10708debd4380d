package dev.dealgraph.api;

import dev.dealgraph.query.FactSort;
import dev.dealgraph.query.RoundFilter;
import dev.dealgraph.query.RoundService;
import io.javalin.http.Context;

/** Answers {@code /api/rounds} and {@code /api/rounds/{id}}. */
public final class RoundController {
  private final RoundService service;
  private final Responder responder;

  public RoundController(RoundService service, Responder responder) {
    this.service = service;
    this.responder = responder;
  }

  /** Lists funding rounds by investee, series, investor, dates, sort order and page. */
  public void list(Context ctx) {
    Params p = Params.of(ctx, "investee", "series", "investor", "from", "to", "sort", "limit", "offset");
    RoundFilter filter = new RoundFilter(p.actor("investee"), p.words("series").map(String::strip),
        p.actor("investor"), p.date("from"), p.date("to"));
    FactSort sort = p.choice("sort", FactSort.RECENT, FactSort::fromCode, Filters.FACT_SORTS);
    responder.json(ctx, () -> PageView.of(service.list(filter, sort, p.page()), ctx));
  }

  /** Answers one round with its reports and placed deals. */
  public void get(Context ctx) {
    Params.of(ctx);
    String id = ctx.pathParam("id");
    responder.json(ctx, () -> service.get(id).orElseThrow(NotFound.of("round", id)));
  }
}
