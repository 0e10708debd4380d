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

  /**
   * Returns one server shared by the read-only contract tests of this JVM, started on first use and stopped when
   * the JVM exits; tests must not write through it.
   */
  public static ApiServer shared() {
    return Shared.SERVER;
  }

  /** Starts the shared server on first use only. */
  private static final class Shared {
    static final ApiServer SERVER = startShared();

    private static ApiServer startShared() {
      try {
        Path dir = java.nio.file.Files.createTempDirectory("dealgraph-api-it");
        ApiServer server = start(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          server.close();
          try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
          } catch (IOException e) {
            // a leftover temp directory is harmless
          }
        }));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
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

  /** GETs {@code path}, expecting 200 JSON shaped as the OpenAPI document says. */
  public JsonNode json(String path) {
    JsonNode body = json(path, 200);
    String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    java.util.List<String> problems = OpenApiShapes.problems(OpenApiShapes.template(route), body);
    if (!problems.isEmpty()) {
      throw new AssertionError("GET " + path + " does not match the OpenAPI document:\n"
          + String.join("\n", problems));
    }
    return body;
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
