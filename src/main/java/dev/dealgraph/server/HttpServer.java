package dev.dealgraph.server;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.http.WriteToken;
import dev.dealgraph.sparql.SparqlEndpoints;
import dev.dealgraph.sparql.SparqlSettings;
import dev.dealgraph.store.Store;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.BindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the one HTTP server: SPARQL, the JSON API and the web pages on one port. */
public final class HttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  private static final Logger REQUESTS = LoggerFactory.getLogger("dealgraph.http");

  /** The largest request line and headers accepted, in bytes. */
  private static final int MAX_REQUEST_HEAD = 64 * 1024;

  private final Javalin javalin;

  private HttpServer(Javalin javalin) {
    this.javalin = javalin;
  }

  /**
   * Starts the server for {@code store} with the given routes.
   *
   * @throws DealGraphException UNAVAILABLE when the port is taken
   */
  public static HttpServer start(ServerConfig config, Store store, Routes routes) {
    SparqlSettings sparql = new SparqlSettings(config.queryTimeout(), WriteToken.of(config.writeToken()),
        ServerConfig.MAX_BUFFERED_BYTES, config.maxUploadBytes(), store::touch);
    Javalin javalin = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.http.strictContentTypes = true;
      c.http.maxRequestSize = config.maxUploadBytes();
      c.jsonMapper(new JavalinJackson(JsonMapping.mapper(), false));
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.jetty.modifyServletContextHandler(context -> SparqlEndpoints.mount(context, store.dataset(), sparql));
      // Room for a long query string (the JSON API answers an over-long parameter with a 400 naming it), and
      // problem details for what Jetty itself refuses.
      c.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEAD));
      c.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
      c.requestLogger.http((ctx, ms) ->
          REQUESTS.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
      ErrorMapping.install(c.routes);
      routes.declare(c, config);
    });
    try {
      javalin.start();
    } catch (RuntimeException e) {
      javalin.stop();
      throw bindFailure(e, config);
    }
    LOG.info("Serving on http://{}:{}/", displayHost(config.host()), javalin.port());
    return new HttpServer(javalin);
  }

  private static RuntimeException bindFailure(RuntimeException e, ServerConfig config) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return DealGraphException.unavailable(
            "port " + config.port() + " on " + config.host() + " is already in use", e);
      }
    }
    return e;
  }

  private static String displayHost(String host) {
    return host.equals("0.0.0.0") ? "localhost" : host;
  }

  /** Returns the port the server listens on. */
  public int port() {
    return javalin.port();
  }

  /** Stops the server; the store stays open. */
  @Override
  public void close() {
    javalin.stop();
  }
}
