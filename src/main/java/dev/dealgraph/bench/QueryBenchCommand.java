package dev.dealgraph.bench;

import dev.dealgraph.App;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures query serving on a store: latency and throughput of three JSON API endpoints and of the equivalent
 * SPARQL on DealGraph's {@code /sparql}, at several numbers of concurrent clients; then, once DealGraph has let go
 * of the store, the same SPARQL on a plain Fuseki over the same TDB2 directory.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Measure JSON API and SPARQL latency and throughput, then plain Fuseki on the same store.")
final class QueryBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LogOption log;

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "An ingested store.")
  Path store;

  @Option(names = "--clients", split = ",", defaultValue = "1,16,64",
      description = "Concurrent clients, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(names = "--seconds", defaultValue = "10", description = "Longest run per measure (default: 10).")
  int seconds;

  @Option(names = "--max-requests", defaultValue = "20000", description = "Most requests per measure (default: 20000).")
  int maxRequests;

  @Option(names = "--warmup", defaultValue = "3", description = "Seconds of warm-up per target (default: 3).")
  int warmup;

  @Option(names = "--index-wait", defaultValue = "600",
      description = "Most seconds to wait for the fact index before measuring (default: ${DEFAULT-VALUE}).")
  int indexWait;

  @Option(names = "--no-fuseki", description = "Skip the comparison with plain Fuseki.")
  boolean noFuseki;

  @Option(names = "--response-cache-mb", defaultValue = "64",
      description = "The server's response cache in MB; 0 measures every request answered anew "
          + "(default: ${DEFAULT-VALUE}).")
  long responseCacheMb;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Machine machine = Machine.now();
    LoadGenerator load = new LoadGenerator(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    Map<String, Map<Integer, LoadGenerator.Result>> measured = new LinkedHashMap<>();
    QueryTargets.Subjects subjects;
    List<RequestPool> pools = new ArrayList<>();
    ServerConfig config = new ServerConfig("127.0.0.1", 0, Optional.empty(), Duration.ofSeconds(30), List.of(),
        5L * 1024 * 1024, responseCacheMb * 1024 * 1024);
    String index;
    try (App app = App.serve(Store.open(store), config)) {
      // Measure the steady state: the JSON API answers from the fact index once it is built.
      long waitStarted = System.nanoTime();
      boolean ready = app.awaitFactIndex(Duration.ofSeconds(indexWait));
      long waited = (System.nanoTime() - waitStarted) / 1_000_000;
      out.printf(Locale.ROOT, "  fact index %s after %d ms%n", ready ? "in use" : "NOT ready", waited);
      subjects = QueryTargets.subjects(app.store().dataset());
      String base = "http://127.0.0.1:" + app.port();
      pools.addAll(QueryTargets.api(base, subjects));
      pools.addAll(QueryTargets.sparql(base + "/sparql", "dealgraph /sparql", subjects));
      measure(load, pools, measured, out);
      boolean still = app.awaitFactIndex(Duration.ZERO);
      index = "fact index " + (ready && still ? "in use throughout" : ready ? "in use at the start only"
          : "not in use (not ready after " + indexWait + " s)") + ", ready " + waited + " ms after the server";
    }
    if (!noFuseki) {
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(store.toString()));
      dsg.getContext().set(TDB2.symUnionDefaultGraph, true); // as DealGraph's store: the default graph is the union
      FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", dsg, false).build().start();
      try {
        List<RequestPool> plain = QueryTargets.sparql("http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/query",
            "plain Fuseki", subjects);
        pools.addAll(plain);
        measure(load, plain, measured, out);
      } finally {
        fuseki.stop();
        TDBInternal.expel(dsg);
      }
    }
    String inputs = store + ": " + subjects.describe() + "; closed-loop clients over loopback, " + seconds
        + " s or " + maxRequests + " requests per measure after " + warmup + " s warm-up; requests repeat only "
        + "once a target's pool is used up; JSON API response cache "
        + (responseCacheMb > 0 ? responseCacheMb + " MB" : "off") + "; " + index;
    String results = results(pools, measured);
    out.println("query: " + inputs + ": " + results);
    log.log().append("query", inputs, results, machine.reloaded());
    return 0;
  }

  private void measure(LoadGenerator load, List<RequestPool> pools, Map<String, Map<Integer, LoadGenerator.Result>>
      measured, PrintWriter out) {
    for (RequestPool pool : pools) {
      load.run(pool, Math.min(16, clients.stream().max(Integer::compare).orElse(16)), Duration.ofSeconds(warmup),
          maxRequests);
      for (int c : clients) {
        LoadGenerator.Result r = load.run(pool, c, Duration.ofSeconds(seconds), maxRequests);
        measured.computeIfAbsent(pool.name(), k -> new LinkedHashMap<>()).put(c, r);
        out.printf(Locale.ROOT, "  %-28s %3d clients: %s%n", pool.name(), c, r.line());
        out.flush();
      }
    }
  }

  private String results(List<RequestPool> pools, Map<String, Map<Integer, LoadGenerator.Result>> measured) {
    List<String> parts = new ArrayList<>();
    for (RequestPool pool : pools) {
      StringBuilder part = new StringBuilder(pool.name()).append(" (").append(pool.size()).append(" distinct, ")
          .append(pool.sent()).append(" sent): ");
      measured.get(pool.name()).forEach((c, r) -> part.append(c).append(" clients ").append(r.line()).append("; "));
      parts.add(part.toString().replaceAll("; $", ""));
    }
    for (String target : List.of("organization", "investments", "search")) {
      ratio(measured, "api " + target, "dealgraph /sparql " + target, "JSON API/SPARQL " + target + " throughput")
          .ifPresent(parts::add);
      ratio(measured, "dealgraph /sparql " + target, "plain Fuseki " + target, "DealGraph/plain Fuseki " + target
          + " throughput").ifPresent(parts::add);
    }
    return String.join(" \u2014 ", parts);
  }

  private static Optional<String> ratio(Map<String, Map<Integer, LoadGenerator.Result>> measured, String ours,
      String theirs, String label) {
    if (!measured.containsKey(ours) || !measured.containsKey(theirs)) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder(label).append(":");
    measured.get(ours).forEach((c, r) -> {
      LoadGenerator.Result other = measured.get(theirs).get(c);
      line.append(String.format(Locale.ROOT, " %d clients %.0f%%", c, 100 * r.throughput() / other.throughput()));
    });
    return Optional.of(line.toString());
  }
}
