package dev.dealgraph;

import dev.dealgraph.api.HealthController;
import dev.dealgraph.server.HttpServer;
import dev.dealgraph.server.Routes;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import dev.dealgraph.web.LinkedDataController;

/**
 * Builds DealGraph: the store, the services and the server, handed down by constructor. The one composition
 * root; nothing else creates services.
 */
public final class App implements AutoCloseable {
  private final Store store;
  private final HttpServer server;

  private App(Store store, HttpServer server) {
    this.store = store;
    this.server = server;
  }

  /**
   * Serves {@code store} with {@code config}; the store is closed with the app.
   *
   * @throws DealGraphException UNAVAILABLE when the port is taken
   */
  public static App serve(Store store, ServerConfig config) {
    Routes routes = new Routes(new HealthController(store), new LinkedDataController(store));
    try {
      return new App(store, HttpServer.start(config, store, routes));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Returns the port the server listens on. */
  public int port() {
    return server.port();
  }

  /** Returns the store being served. */
  public Store store() {
    return store;
  }

  /** Stops the server and closes the store, releasing its lock. */
  @Override
  public void close() {
    try {
      server.close();
    } finally {
      store.close();
    }
  }
}
