package dev.dealgraph.server;

import dev.dealgraph.api.HealthController;
import dev.dealgraph.web.LinkedDataController;
import dev.dealgraph.web.SecurityHeaders;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/** Declares every route of the JSON API and the web pages, in one place. */
public final class Routes {
  private final HealthController health;
  private final LinkedDataController linkedData;

  public Routes(HealthController health, LinkedDataController linkedData) {
    this.health = health;
    this.linkedData = linkedData;
  }

  void declare(JavalinConfig config, ServerConfig server) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/dealgraph/web";
      files.location = Location.CLASSPATH;
    });
    config.staticFiles.enableWebjars();
    config.routes.before(SecurityHeaders::apply);
    config.routes.get("/api/health", health::get);
    config.routes.get("/id/{type}/{key}", linkedData::resource);
    config.routes.get("/ontology", linkedData::ontology);
  }
}
