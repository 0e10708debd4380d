package dev.dealgraph.server;

import dev.dealgraph.api.ArticleWriteController;
import dev.dealgraph.api.ExtractController;
import dev.dealgraph.api.HealthController;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/** Declares every route of the JSON API and the web pages, in one place. */
public final class Routes {
  private final HealthController health;
  private final ArticleWriteController articleWrites;
  private final ExtractController extract;

  public Routes(HealthController health, ArticleWriteController articleWrites, ExtractController extract) {
    this.health = health;
    this.articleWrites = articleWrites;
    this.extract = extract;
  }

  void declare(JavalinConfig config, ServerConfig server) {
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/dealgraph/web";
      files.location = Location.CLASSPATH;
    });
    config.staticFiles.enableWebjars();
    config.routes.get("/api/health", health::get);
    config.routes.post("/api/articles", articleWrites::post);
    config.routes.delete("/api/articles/{id}", articleWrites::delete);
    config.routes.post("/api/extract", extract::post);
  }
}
