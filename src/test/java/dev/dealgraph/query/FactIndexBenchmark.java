package dev.dealgraph.query;

import dev.dealgraph.store.Store;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      // Two more builds, both kept: each one's heap is the growth it causes, the store's caches already full.
      List<FactIndex> kept = new ArrayList<>();
      long before = heapAfterGc();
      for (int i = 1; i <= 2; i++) {
        long started = System.nanoTime();
        kept.add(store.read(() -> FactScan.build(store.dataset(), 0)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        long after = heapAfterGc();
        FactIndex index = kept.get(kept.size() - 1);
        System.out.printf(Locale.ROOT, "fact index of %s: %d deals, %d organizations, built in %d ms, %d MB of "
            + "heap%n", dir, index.dealCount(), index.organizationCount(), millis, (after - before) >> 20);
        before = after;
      }
    }
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
