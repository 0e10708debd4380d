package dev.dealgraph.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends requests from a fixed number of client threads, each waiting for its answer before the next request
 * (a closed loop), over loopback, bounded both in time and in the number of requests.
 */
final class LoadGenerator {
  private final HttpClient http;

  LoadGenerator(HttpClient http) {
    this.http = http;
  }

  /**
   * What a run measured.
   *
   * @param latencies latencies of the answered requests
   * @param errors    requests that failed or did not answer 200
   * @param elapsed   wall-clock time of the run
   * @param clients   client threads
   */
  record Result(Latencies latencies, long errors, Duration elapsed, int clients) {
    /** Returns answered requests per second. */
    double throughput() {
      return latencies.count() / (elapsed.toNanos() / 1e9);
    }

    String line() {
      return String.format(Locale.ROOT, "%s, %.0f req/s%s", latencies.line(), throughput(),
          errors > 0 ? ", " + errors + " errors" : "");
    }
  }

  /** Runs {@code clients} clients on {@code pool} for at most {@code duration} and {@code maxRequests} requests. */
  Result run(RequestPool pool, int clients, Duration duration, int maxRequests) {
    long[] latencies = new long[maxRequests];
    AtomicInteger taken = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + duration.toNanos();
    long started = System.nanoTime();
    Threads.runAll(clients, "bench-client", c -> {
      for (int slot = taken.getAndIncrement(); slot < maxRequests && System.nanoTime() < deadline;
          slot = taken.getAndIncrement()) {
        long tick = System.nanoTime();
        if (answered(pool)) {
          latencies[slot] = System.nanoTime() - tick;
        } else {
          latencies[slot] = -1;
          errors.incrementAndGet();
        }
      }
    });
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    long[] answered = java.util.Arrays.stream(latencies, 0, Math.min(maxRequests, taken.get()))
        .filter(n -> n > 0).toArray();
    return new Result(Latencies.of(answered), errors.get(), elapsed, clients);
  }

  private boolean answered(RequestPool pool) {
    try {
      HttpResponse<byte[]> r = http.send(pool.next(), HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
