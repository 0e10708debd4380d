package dev.dealgraph.query;

import dev.dealgraph.store.Store;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the fact index of a store: how long one build takes and how much heap the built index holds (heap in use
 * after a full collection, with and without it).
 *
 * <p>Not a test (Surefire runs {@code *Test} only). Run it with
 * {@code mvn -o test -Dtest=FactIndexBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.store=DIR}; it opens
 * the store, so no server may hold it.
 */
class FactIndexBenchmark {
  @Test
  void measuresBuildTimeAndHeapOfTheIndex() {
    String dir = System.getProperty("bench.store", "");
    Assumptions.assumeFalse(dir.isEmpty(), "set -Dbench.store=DIR to a store");
    try (Store store = Store.open(Path.of(dir))) {
      store.read(() -> FactScan.build(store.dataset(), 0)); // warm the store's caches and the query classes
      long before = heapAfterGc();
      long started = System.nanoTime();
      FactIndex index = store.read(() -> FactScan.build(store.dataset(), 0));
      long millis = (System.nanoTime() - started) / 1_000_000;
      long after = heapAfterGc();
      System.out.printf(Locale.ROOT, "fact index of %s: %d deals, %d organizations, built in %d ms, %d MB of heap%n",
          dir, index.dealCount(), index.organizationCount(), millis, (after - before) >> 20);
    }
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
