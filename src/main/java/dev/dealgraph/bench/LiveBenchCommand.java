package dev.dealgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealgraph.App;
import dev.dealgraph.DealGraphException;
import dev.dealgraph.graph.Iris;
import dev.dealgraph.pipeline.Summary;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.ParameterizedSparqlString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures how soon an article POSTed to a running server can be queried while a batch ingest runs in the same
 * process: the time from sending the POST to the first SPARQL ASK that sees the article's graph.
 */
@Command(name = "live", mixinStandardHelpOptions = true,
    description = "Measure POST-to-queryable latency of single articles while a batch ingest runs.")
final class LiveBenchCommand implements Callable<Integer> {
  private static final String TOKEN = "bench-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;
  @Mixin LogOption log;

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "What the batch ingests.")
  Path corpus;

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "A new directory for the store.")
  Path store;

  @Option(names = "--posts", defaultValue = "100", description = "Articles to POST (default: 100).")
  int posts;

  @Option(names = "--every-ms", defaultValue = "500", description = "Milliseconds between POSTs (default: 500).")
  long everyMillis;

  @Override
  public Integer call() throws Exception {
    if (Files.exists(store)) {
      throw DealGraphException.badParameter("benchmark store must not exist yet: " + store);
    }
    PrintWriter out = spec.commandLine().getOut();
    Machine machine = Machine.now();
    ServerConfig config = new ServerConfig("127.0.0.1", 0, Optional.of(TOKEN), Duration.ofSeconds(30), List.of(),
        5L * 1024 * 1024);
    long[] visible = new long[posts];
    long[] answered = new long[posts];
    try (App app = App.serve(Store.open(store), config)) {
      BackgroundIngest batch = BackgroundIngest.start(app.store(), corpus);
      Client client = new Client(app.port());
      CorpusGenerator generator = CorpusGenerator.standard();
      Thread.sleep(5_000); // let the batch reach its steady state first
      long postsStarted = System.nanoTime();
      for (int i = 0; i < posts; i++) {
        long tick = System.nanoTime();
        String id = client.post(generator.single(987_654_321L, i));
        answered[i] = System.nanoTime() - tick;
        while (!client.visible(id)) {
          Thread.onSpinWait();
        }
        visible[i] = System.nanoTime() - tick;
        Thread.sleep(Math.max(0, everyMillis - (System.nanoTime() - tick) / 1_000_000));
      }
      double seconds = (System.nanoTime() - postsStarted) / 1e9;
      Summary summary = batch.stop();
      String results = String.format(Locale.ROOT, "POST to queryable: %s (target p99 ≤ 1000 ms); POST answered: %s; "
              + "%d POSTs in %.0f s; the batch stored %.1f articles/s", Latencies.of(visible).line(),
          Latencies.of(answered).line(), posts, seconds, summary.total() / batch.seconds());
      String described = posts + " POSTs of generated articles, one every " + everyMillis + " ms, while " + corpus
          + " is ingested in the same process in batches of " + App.BATCH_SIZE + " (" + summary.total()
          + " articles in " + Math.round(batch.seconds()) + " s, stopped after the last POST)";
      out.println("live: " + described + ": " + results);
      log.log().append("live", described, results, machine.reloaded());
    }
    return 0;
  }

  /** Talks to the server under test over loopback. */
  private static final class Client {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    Client(int port) {
      this.base = "http://127.0.0.1:" + port;
    }

    String post(String article) throws IOException, InterruptedException {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
          .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) {
        throw DealGraphException.unavailable("POST /api/articles answered " + r.statusCode() + ": " + r.body(), null);
      }
      return JSON.readTree(r.body()).path("articles").path(0).path("id").asText();
    }

    boolean visible(String id) throws IOException, InterruptedException {
      ParameterizedSparqlString ask = new ParameterizedSparqlString("ASK { GRAPH ?g { ?s ?p ?o } }");
      ask.setIri("g", Iris.articleGraph(id));
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
          .header("Accept", "application/sparql-results+json")
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(ask.toString(),
              StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 && JSON.readTree(r.body()).path("boolean").asBoolean();
    }
  }
}
