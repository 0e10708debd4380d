package dev.dealgraph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealgraph.App;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

/** Runs the real server on a random port over a temp-dir TDB2 store loaded with {@link DealCorpus}. */
public final class ApiServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final App app;
  private final Http http;

  private ApiServer(App app) {
    this.app = app;
    this.http = new Http(app.port());
  }

  /** Starts a server over a new store in {@code dir} holding the corpus. */
  public static ApiServer start(Path dir) {
    return start(dir, ServerConfig.forTests(Optional.empty()));
  }

  /** Starts a server with {@code config} over a new store in {@code dir} holding the corpus. */
  public static ApiServer start(Path dir, ServerConfig config) {
    Store store = Store.open(dir.resolve("store"));
    DealCorpus.load(store);
    return new ApiServer(App.serve(store, config));
  }

  public Http http() {
    return http;
  }

  public App app() {
    return app;
  }

  /** GETs {@code path} and returns the body as JSON, failing unless the status is {@code status}. */
  public JsonNode json(String path, int status, String... headers) {
    HttpResponse<String> response = http.get(path, headers);
    if (response.statusCode() != status) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode() + ", expected " + status
          + ": " + response.body());
    }
    return parse(response.body());
  }

  /** GETs {@code path}, expecting 200 JSON. */
  public JsonNode json(String path) {
    return json(path, 200);
  }

  public static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  @Override
  public void close() {
    app.close();
  }
}
