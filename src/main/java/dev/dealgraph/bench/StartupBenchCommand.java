package dev.dealgraph.bench;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures startup: starts {@code dealgraph serve} on a store as a new process, as a user would, and times how
 * long until it answers over HTTP, until it answers a search (the first request that reads the store's
 * organizations), and how long the first {@code /api/health} takes.
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
    description = "Measure the time from starting 'dealgraph serve' on a store until it answers.")
final class StartupBenchCommand implements Callable<Integer> {
  private static final Duration GIVE_UP = Duration.ofMinutes(10);

  @Spec CommandSpec spec;
  @Mixin LogOption log;

  @Option(names = "--store", required = true, paramLabel = "DIR", description = "An ingested store.")
  Path store;

  @Option(names = "--runs", defaultValue = "3", description = "Starts to time (default: 3).")
  int runs;

  @Option(names = "--java-option", paramLabel = "OPT", description = "JVM option for the server, e.g. -Xmx1g.")
  List<String> javaOptions = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Machine machine = Machine.now();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    List<String> lines = new ArrayList<>();
    long[] ready = new long[runs];
    for (int run = 0; run < runs; run++) {
      int port = freePort();
      long started = System.nanoTime();
      Process server = new ProcessBuilder(command(port)).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try {
        String base = "http://127.0.0.1:" + port;
        long answers = waitFor(http, base + "/api/openapi.json", started, server);
        long searches = waitFor(http, base + "/api/search?q=ai", started, server);
        long healthStart = System.nanoTime();
        waitFor(http, base + "/api/health", healthStart, server);
        long health = System.nanoTime() - healthStart;
        ready[run] = searches;
        String line = String.format(Locale.ROOT, "run %d: answers HTTP after %.2f s, first search after %.2f s, "
            + "first /api/health took %.2f s", run + 1, answers / 1e9, searches / 1e9, health / 1e9);
        out.println(line);
        out.flush();
        lines.add(line);
      } finally {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
          // The next start needs the store's lock: wait until this server is gone.
          server.destroyForcibly().waitFor();
        }
      }
    }
    Latencies summary = Latencies.of(ready);
    String results = String.format(Locale.ROOT, "ready (first search answered): median %.2f s, worst %.2f s "
        + "(target ≤ 3 s); ", summary.p50() / 1e9, summary.max() / 1e9) + String.join("; ", lines);
    String inputs = store + " (" + Memory.mb(DiskUsage.of(store)) + "), " + runs + " starts of 'dealgraph serve "
        + "--no-sample'" + (javaOptions.isEmpty() ? "" : " with " + String.join(" ", javaOptions));
    log.log().append("startup", inputs, results, machine.reloaded());
    return 0;
  }

  private List<String> command(int port) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(javaOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.dealgraph.cli.Main");
    command.addAll(List.of("serve", "--store", store.toString(), "--port", Integer.toString(port), "--no-sample"));
    return command;
  }

  /** Polls {@code url} until it answers 200 and returns the nanoseconds since {@code since}. */
  private static long waitFor(HttpClient http, String url, long since, Process server) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(GIVE_UP).GET().build();
    while (System.nanoTime() - since < GIVE_UP.toNanos()) {
      if (!server.isAlive()) {
        throw DealGraphException.unavailable("the server exited with " + server.exitValue() + " before " + url
            + " answered", null);
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return System.nanoTime() - since;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(10);
    }
    throw DealGraphException.unavailable(url + " did not answer within " + GIVE_UP.toMinutes() + " minutes", null);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
