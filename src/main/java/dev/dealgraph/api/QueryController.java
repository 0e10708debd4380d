package dev.dealgraph.api;

import dev.dealgraph.queries.NamedQuery;
import dev.dealgraph.query.NamedQueryService;
import dev.dealgraph.query.QueryResult;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers {@code /api/queries} (the named queries) and {@code /api/queries/{name}} (one run, JSON or CSV). */
public final class QueryController {
  private final NamedQueryService service;
  private final Responder responder;

  public QueryController(NamedQueryService service, Responder responder) {
    this.service = service;
    this.responder = responder;
  }

  /** Describes one parameter of a named query. */
  record ParamView(String name, String type, boolean required, Optional<String> defaultValue,
      Optional<BigDecimal> min, Optional<BigDecimal> max, String description) {}

  /** Describes one named query. */
  record QueryView(String name, String title, String description, String href, List<ParamView> parameters) {}

  /** The list of named queries. */
  record Listing(List<QueryView> items) {}

  /** Lists every named query with its parameters. */
  public void list(Context ctx) {
    Params.of(ctx);
    responder.json(ctx, () -> new Listing(service.all().stream().map(QueryController::view).toList()));
  }

  /** Runs one named query with the request's parameters, answering JSON rows or CSV. */
  public void run(Context ctx) {
    String type = Responder.negotiate(ctx, List.of(Responder.JSON, Responder.CSV));
    Map<String, String> parameters = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((name, values) -> {
      if (values.size() > 1) {
        throw Params.bad(Params.shown(name) + " must be given at most once: given " + values.size() + " times");
      }
      parameters.put(name, values.get(0));
    });
    String name = ctx.pathParam("name");
    QueryResult result = service.run(name, parameters).orElseThrow(NotFound.of("named query", name));
    if (type.equals(Responder.CSV)) {
      ctx.contentType("text/csv; charset=utf-8").result(Csv.of(result).getBytes(StandardCharsets.UTF_8));
    } else {
      responder.send(ctx, Responder.JSON, result);
    }
  }

  private static QueryView view(NamedQuery q) {
    return new QueryView(q.name(), q.title(), q.description(), "/api/queries/" + q.name(), q.params().stream()
        .map(p -> new ParamView(p.name(), p.type().code(), p.required(), p.defaultValue(), p.min(), p.max(),
            p.description()))
        .toList());
  }
}
