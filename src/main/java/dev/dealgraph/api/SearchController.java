package dev.dealgraph.api;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.query.SearchHit;
import dev.dealgraph.query.SearchService;
import io.javalin.http.Context;
import java.util.List;

/** Answers {@code /api/search}: organizations and people by name, alias, ticker or product, typos tolerated. */
public final class SearchController {
  private final SearchService service;
  private final Responder responder;

  public SearchController(SearchService service, Responder responder) {
    this.service = service;
    this.responder = responder;
  }

  /** The search result. */
  record Result(String query, List<SearchHit> items) {}

  /** Answers the best matches for {@code q}. */
  public void get(Context ctx) {
    Params p = Params.of(ctx, "q", "limit");
    String q = p.words("q").orElseThrow(() -> DealGraphException.badParameter("q is required: the text to look for"));
    int limit = p.integer("limit", 10, 1, 50);
    responder.json(ctx, () -> new Result(q, service.search(q, limit)));
  }
}
