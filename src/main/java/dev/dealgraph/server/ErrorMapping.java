package dev.dealgraph.server;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.http.Problem;
import dev.dealgraph.http.StatusTitles;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure of a JSON or web request to problem details, once; never a stack trace in a response. */
final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  static void install(RoutesConfig routes) {
    routes.exception(DealGraphException.class, (e, ctx) -> send(ctx, Problem.of(e, ctx.path())));
    routes.exception(QueryCancelledException.class, (e, ctx) ->
        send(ctx, Problem.of(503, "Query timeout", "the query ran past the server's time limit", ctx.path())));
    routes.exception(HttpResponseException.class, (e, ctx) ->
        send(ctx, Problem.of(e.getStatus(), StatusTitles.of(e.getStatus()), e.getMessage(), ctx.path())));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
      send(ctx, Problem.of(500, StatusTitles.of(500), "unexpected failure; the server log has the details",
          ctx.path()));
    });
    routes.error(404, ctx -> {
      if (!isProblem(ctx) && !isPage(ctx)) {
        send(ctx, Problem.of(404, StatusTitles.of(404), "no resource at " + ctx.path(), ctx.path()));
      }
    });
    routes.error(405, ctx -> {
      if (!isProblem(ctx)) {
        send(ctx, Problem.of(405, StatusTitles.of(405), ctx.method() + " is not allowed on " + ctx.path(),
            ctx.path()));
      }
    });
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(Problem.MEDIA_TYPE);
  }

  /** A handler that answered 404 with an HTML page (a resource page whose script shows the problem) keeps it. */
  private static boolean isPage(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("text/html");
  }

  static void send(Context ctx, Problem problem) {
    if (problem.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"dealgraph\"");
    }
    ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(problem.toJson());
  }
}
