package dev.dealgraph.cli;

import dev.dealgraph.App;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Serves the sample corpus from memory, asks one request of each kind and stops. The run loads the classes a
 * server uses, which is what the launcher records in a class-data archive ({@code -XX:ArchiveClassesAtExit}) so
 * that later starts skip most class loading.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true,
    description = "Serve the sample corpus from memory, ask one request of each kind, stop.")
final class WarmUpCommand implements Callable<Integer> {
  private static final String SPARQL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
  private static final List<String> PATHS = List.of("/api/health", "/api/search?q=open",
      "/api/organizations?limit=5", "/api/investments?limit=5&sort=-amount", "/api/stats", "/api/rounds?limit=5",
      "/api/competitors?limit=5", "/api/articles?limit=5", "/api/graph?limit=5", "/api/queries",
      "/sparql?query=" + URLEncoder.encode(SPARQL, StandardCharsets.UTF_8), "/", "/organizations");

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServerConfig config = new ServerConfig("127.0.0.1", 0, Optional.empty(), Duration.ofSeconds(30), List.of(),
        5L * 1024 * 1024);
    try (App app = App.serve(Store.inMemory(), config, new App.ServeOptions(true, Optional.empty()))) {
      HttpClient http = HttpClient.newHttpClient();
      askAll(http, app.port());
      app.awaitFactIndex(Duration.ofSeconds(60));
      askAll(http, app.port());
    }
    return 0;
  }

  private static void askAll(HttpClient http, int port) throws IOException, InterruptedException {
    for (String path : PATHS) {
      http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
          HttpResponse.BodyHandlers.discarding());
    }
  }
}
