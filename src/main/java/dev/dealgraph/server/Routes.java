package dev.dealgraph.server;

import dev.dealgraph.api.HealthController;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/** Declares every route of the JSON API and the web pages, in one place. */
public final class Routes {
  private final HealthController health;

  public Routes(HealthController health) {
    this.health = health;
  }

  void declare(JavalinConfig config, ServerConfig server) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/dealgraph/web";
      files.location = Location.CLASSPATH;
    });
    config.staticFiles.enableWebjars();
    config.routes.get("/api/health", health::get);
  }
}
