package dev.dealgraph.api;

import dev.dealgraph.query.GraphRequest;
import dev.dealgraph.query.GraphService;
import io.javalin.http.Context;
import java.util.Optional;

/** Answers {@code /api/graph}: nodes and edges for a network view. */
public final class GraphController {
  private final GraphService service;
  private final Responder responder;

  public GraphController(GraphService service, Responder responder) {
    this.service = service;
    this.responder = responder;
  }

  /** Answers the neighbourhood of {@code focus}, or the whole graph, with deal filters and an edge limit. */
  public void get(Context ctx) {
    Params p = Params.of(ctx, Filters.withDealParams("focus", "depth", "limit"));
    Optional<String> focus = p.actor("focus");
    GraphRequest request = new GraphRequest(focus, p.integer("depth", 1, 1, GraphRequest.MAX_DEPTH),
        Filters.deals(p), p.integer("limit", GraphRequest.DEFAULT_LIMIT, 1, GraphRequest.MAX_LIMIT));
    responder.json(ctx, () -> service.graph(request).orElseThrow(NotFound.of("organization", focus.orElse(""))));
  }
}
