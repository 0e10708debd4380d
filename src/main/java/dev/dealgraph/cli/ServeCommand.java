package dev.dealgraph.cli;

import dev.dealgraph.App;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves SPARQL, the JSON API and the web pages on one port until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Load the sample corpus into an empty store, then serve SPARQL, the JSON API and the web pages.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "${env:DEALGRAPH_PORT:-8080}",
      description = "Port (env DEALGRAPH_PORT; default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "${env:DEALGRAPH_HOST:-127.0.0.1}",
      description = "Address to bind; 0.0.0.0 for every interface (env DEALGRAPH_HOST; default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--write-token", defaultValue = "${env:DEALGRAPH_WRITE_TOKEN}",
      description = "Bearer token for writes; without it writes are off (env DEALGRAPH_WRITE_TOKEN).")
  String writeToken;

  @Option(names = "--query-timeout", defaultValue = "${env:DEALGRAPH_QUERY_TIMEOUT:-30s}",
      converter = DurationConverter.class,
      description = "Longest a query may run (env DEALGRAPH_QUERY_TIMEOUT; default: ${DEFAULT-VALUE}).")
  Duration queryTimeout;

  @Option(names = "--cors-origin", split = ",", defaultValue = "${env:DEALGRAPH_CORS_ORIGINS}",
      description = "Origins allowed by CORS, comma-separated; none by default (env DEALGRAPH_CORS_ORIGINS).")
  List<String> corsOrigins;

  @Option(names = "--max-upload", defaultValue = "${env:DEALGRAPH_MAX_UPLOAD:-5242880}",
      description = "Largest accepted request body in bytes (env DEALGRAPH_MAX_UPLOAD; default: ${DEFAULT-VALUE}).")
  long maxUpload;

  @Option(names = "--watch", paramLabel = "DIR",
      description = "Ingest new and changed files in DIR while serving (needs no write token: it is local).")
  java.nio.file.Path watch;

  @Option(names = "--response-cache-mb", defaultValue = "${env:DEALGRAPH_RESPONSE_CACHE_MB:-64}",
      description = "Megabytes of JSON API answers remembered by ETag; 0 remembers none (env "
          + "DEALGRAPH_RESPONSE_CACHE_MB; default: ${DEFAULT-VALUE}).")
  long responseCacheMb;

  @Option(names = "--no-sample", description = "Do not load the sample corpus into an empty store.")
  boolean noSample;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config = new ServerConfig(host, port, Optional.ofNullable(writeToken), queryTimeout,
        corsOrigins == null ? List.of() : corsOrigins, maxUpload, responseCacheMb * 1024 * 1024);
    // The hook is in place before the server listens: a stop asked while the server is still starting waits for
    // the start to end, then closes what it built.
    AtomicReference<App> running = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        started.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Optional.ofNullable(running.get()).ifPresent(App::close);
      stopped.countDown();
    }, "dealgraph-shutdown"));
    try {
      running.set(App.serve(Store.open(store.directory), config,
          new App.ServeOptions(!noSample, Optional.ofNullable(watch))));
    } finally {
      started.countDown();
    }
    stopped.await();
    return 0;
  }
}
