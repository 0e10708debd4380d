package dev.dealgraph.api;

import dev.dealgraph.query.FactSort;
import dev.dealgraph.query.Investment;
import dev.dealgraph.query.InvestmentService;
import io.javalin.http.Context;
import java.util.List;

/** Answers {@code /api/investments} and {@code /api/investments/{id}}: deals with their sources. */
public final class InvestmentController {
  private final InvestmentService service;
  private final Responder responder;

  public InvestmentController(InvestmentService service, Responder responder) {
    this.service = service;
    this.responder = responder;
  }

  /** Lists deals by the filters, sort order and page of the request. */
  public void list(Context ctx) {
    Params p = Params.of(ctx, Filters.withDealParams("sort", "limit", "offset"));
    responder.json(ctx, () -> PageView.of(service.list(Filters.deals(p),
        p.choice("sort", FactSort.RECENT, FactSort::fromCode, Filters.FACT_SORTS), p.page()), ctx));
  }

  /** Answers one deal, as JSON or JSON-LD. */
  public void get(Context ctx) {
    Params.of(ctx);
    String type = Responder.negotiate(ctx, List.of(Responder.JSON, Responder.JSON_LD));
    String id = ctx.pathParam("id");
    Investment deal = service.get(id).orElseThrow(NotFound.of("investment", id));
    responder.send(ctx, type, type.equals(Responder.JSON) ? deal : JsonLd.of(responder.tree(deal), "Deal", ctx));
  }
}
