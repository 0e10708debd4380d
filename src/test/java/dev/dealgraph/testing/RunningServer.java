package dev.dealgraph.testing;

import dev.dealgraph.App;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Runs the real server on a free loopback port over a TDB2 store in {@code dir}, for one test. */
public final class RunningServer implements AutoCloseable {
  private final App app;
  private final Http http;

  private RunningServer(App app) {
    this.app = app;
    this.http = new Http(app.port());
  }

  /** Starts the server with a write token, a query timeout and an upload limit. */
  public static RunningServer start(Path dir, Optional<String> token, Duration timeout, long maxUpload) {
    ServerConfig config = new ServerConfig("127.0.0.1", 0, token, timeout, List.of(), maxUpload);
    return new RunningServer(App.serve(Store.open(dir.resolve("store")), config));
  }

  /** Starts the server with a write token and the test defaults. */
  public static RunningServer start(Path dir, Optional<String> token) {
    return start(dir, token, Duration.ofSeconds(5), 5L * 1024 * 1024);
  }

  public App app() {
    return app;
  }

  public Http http() {
    return http;
  }

  @Override
  public void close() {
    app.close();
  }
}
