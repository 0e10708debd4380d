package dev.dealgraph.query;

import dev.dealgraph.store.Store;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link FactIndex} of the store's current generation. A request is answered from the index only when the
 * index was read from the generation the store is at; otherwise the caller takes its SPARQL path, so no answer is
 * ever stale, and one background thread rebuilds the index. Generations that arrive during a rebuild are folded into
 * the next one, never built in parallel. Safe to share between threads.
 */
public final class FreshFacts implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FreshFacts.class);
  private static final long MAX_PAUSE_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final Store store;
  private final Optional<ExecutorService> builder;
  private final AtomicBoolean building = new AtomicBoolean();
  private final Scans scans = new Scans();
  private volatile FactIndex index;
  private volatile boolean closed;

  private FreshFacts(Store store, Optional<ExecutorService> builder) {
    this.store = store;
    this.builder = builder;
  }

  /** Starts keeping the index of {@code store}, the first build already under way in the background. */
  public static FreshFacts start(Store store) {
    FreshFacts facts = standby(store);
    facts.refresh();
    return facts;
  }

  /**
   * Returns a keeper that builds the index on the first request or on {@link #build()}, whichever comes first, so
   * that a starting server can do more urgent work first.
   */
  public static FreshFacts standby(Store store) {
    return new FreshFacts(store, Optional.of(Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fact-index");
      t.setDaemon(true);
      return t;
    })));
  }

  /** Starts building the index of the current generation in the background unless a build is under way. */
  public void build() {
    refresh();
  }

  /** Returns a keeper that never builds an index, so every request takes the SPARQL path. */
  public static FreshFacts disabled(Store store) {
    return new FreshFacts(store, Optional.empty());
  }

  /** Returns the index when it is of the store's current generation; otherwise asks for a rebuild. */
  Optional<FactIndex> current() {
    FactIndex i = index;
    if (i != null && i.generation() == store.generation()) {
      return Optional.of(i);
    }
    refresh();
    return Optional.empty();
  }

  /** Returns true when requests are answered from the index, that is when it is of the current generation. */
  public boolean inUse() {
    FactIndex i = index;
    return i != null && i.generation() == store.generation();
  }

  /** Waits until the index is of the current generation, at most {@code timeout}; returns whether it is. */
  public boolean await(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (current().isEmpty()) {
      if (builder.isEmpty() || System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private void refresh() {
    if (builder.isPresent() && !closed && building.compareAndSet(false, true)) {
      try {
        builder.get().execute(this::rebuild);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        building.set(false); // closed meanwhile: requests keep the SPARQL path
      }
    }
  }

  private void rebuild() {
    try {
      long generation;
      do {
        // The generation is read before the store, so a write racing the scan makes the loop read again.
        generation = store.generation();
        long at = generation;
        long started = System.nanoTime();
        FactIndex built = store.read(() -> Sparql.withoutTimeLimit(scans,
            () -> FactScan.build(store.dataset(), at, () -> closed)));
        index = built;
        long took = System.nanoTime() - started;
        LOG.info("Fact index of store generation {}: {} deals, {} organizations, built in {} ms", at,
            built.dealCount(), built.organizationCount(), took / 1_000_000);
        if (store.generation() != generation) {
          // Writes keep coming (a batch ingest, a watched folder): rest as long as the build took, so rebuilding
          // takes at most half of one core from them while requests take the SPARQL path.
          pause(Math.min(took, MAX_PAUSE_NANOS));
        }
      } while (!closed && store.generation() != generation);
    } catch (java.util.concurrent.CancellationException e) {
      LOG.info("Fact index build stopped: the store is closing");
    } catch (RuntimeException e) {
      LOG.warn("Fact index not built; requests keep the SPARQL path: {}", e.toString());
    } finally {
      building.set(false);
    }
  }

  /** Sleeps for {@code nanos}, waking early when the keeper closes. */
  private void pause(long nanos) {
    long until = System.nanoTime() + nanos;
    while (!closed && System.nanoTime() < until) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Stops the background thread, aborting the scan under way and waiting for the rebuild to end its read
   * transaction, so that the store can close. The thread is never interrupted: an interrupt would close TDB2's
   * file channels under the whole process.
   */
  @Override
  public void close() {
    closed = true;
    scans.stop();
    builder.ifPresent(b -> {
      b.shutdown();
      try {
        if (!b.awaitTermination(60, TimeUnit.SECONDS)) {
          LOG.warn("Fact index build still running after 60 s; the store may not close cleanly");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}
