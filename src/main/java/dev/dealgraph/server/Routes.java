package dev.dealgraph.server;

import dev.dealgraph.api.Controllers;
import dev.dealgraph.web.LinkedDataController;
import dev.dealgraph.web.SecurityHeaders;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.util.List;

/** Declares every route of the JSON API and the web pages, in one place. */
public final class Routes {
  /**
   * One route of the JSON API; the OpenAPI description must list exactly these.
   *
   * @param method  the HTTP method
   * @param path    the path, with {@code {name}} for path parameters
   * @param handler what answers it
   */
  public record ApiRoute(HandlerType method, String path, Handler handler) {}

  private final Controllers api;
  private final LinkedDataController linkedData;
  private final List<ApiRoute> routes;

  public Routes(Controllers api, LinkedDataController linkedData) {
    this.api = api;
    this.linkedData = linkedData;
    this.routes = List.of(
        get("/api/health", api.health()::get),
        get("/api/organizations", api.organizations()::list),
        get("/api/organizations/{id}", api.organizations()::get),
        get("/api/investments", api.investments()::list),
        get("/api/investments/{id}", api.investments()::get),
        get("/api/rounds", api.rounds()::list),
        get("/api/rounds/{id}", api.rounds()::get),
        get("/api/competitors", api.competitors()::list),
        get("/api/articles", api.articles()::list),
        get("/api/articles/{id}", api.articles()::get),
        new ApiRoute(HandlerType.POST, "/api/articles", api.articleWrites()::post),
        new ApiRoute(HandlerType.DELETE, "/api/articles/{id}", api.articleWrites()::delete),
        new ApiRoute(HandlerType.POST, "/api/extract", api.extract()::post),
        get("/api/stats", api.stats()::get),
        get("/api/graph", api.graph()::get),
        get("/api/search", api.search()::get),
        get("/api/queries", api.queries()::list),
        get("/api/queries/{name}", api.queries()::run),
        get("/api/openapi.json", api.docs()::openApi),
        get("/api/docs", api.docs()::docs),
        get("/api/context.jsonld", api.docs()::context));
  }

  private static ApiRoute get(String path, Handler handler) {
    return new ApiRoute(HandlerType.GET, path, handler);
  }

  /** Returns the routes of the JSON API, in declaration order. */
  public List<ApiRoute> apiRoutes() {
    return routes;
  }

  void declare(JavalinConfig config, ServerConfig server) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/dealgraph/web";
      files.location = Location.CLASSPATH;
    });
    // the named queries' SPARQL text, which the SPARQL editor loads for its examples
    config.staticFiles.add(files -> {
      files.hostedPath = "/queries";
      files.directory = "/dealgraph/queries";
      files.location = Location.CLASSPATH;
      files.mimeTypes.add("application/sparql-query", "rq");
    });
    config.staticFiles.enableWebjars();
    config.routes.before(SecurityHeaders::apply);
    if (!server.corsOrigins().isEmpty()) {
      config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
        rule.path = "/api/*";
        server.corsOrigins().forEach(origin -> {
          if (origin.equals("*")) {
            rule.anyHost();
          } else {
            rule.allowHost(origin);
          }
        });
        rule.exposeHeader("ETag");
      }));
    }
    routes.forEach(r -> config.routes.addHttpHandler(r.method(), r.path(),
        r.method() == HandlerType.GET ? api.caching().wrap(r.handler()) : r.handler()));
    // every IRI DealGraph mints is answered at its own path: a page for browsers, RDF for data clients
    config.routes.get("/id/{type}/{key}", linkedData::resource);
    config.routes.get("/ontology", linkedData::ontology);
  }
}
