package dev.dealgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {
  private static final Node GRAPH = NodeFactory.createURI("https://dealgraph.dev/graph/article/c1");

  @TempDir
  Path dir;

  @Test
  void firstMeasureOnlyRecordsTheBaseline() {
    try (Store store = Store.open(dir.resolve("store"))) {
      assertThat(store.compactIfGrown(0)).isFalse();
    }
  }

  @Test
  void storeThatOutgrewItsBaselineIsCompactedAndKeepsItsData() {
    try (Store store = Store.open(dir.resolve("store"))) {
      store.compactIfGrown(0);
      writeBatches(store);

      assertThat(store.compactIfGrown(1.0)).isTrue();

      // Compaction writes the live data into a new generation directory and deletes the old one.
      assertThat(dir.resolve("store").resolve("Data-0002")).isDirectory();
      assertThat(dir.resolve("store").resolve("Data-0001")).doesNotExist();
      assertThat(store.read(() -> store.dataset().getGraph(GRAPH).size())).isEqualTo(4000);
    }
  }

  @Test
  void storeWithinItsRatioIsLeftAlone() {
    try (Store store = Store.open(dir.resolve("store"))) {
      store.compactIfGrown(0);
      assertThat(store.compactIfGrown(1_000)).isFalse();
    }
  }

  @Test
  void compactingOnDemandGivesSpaceBackWhateverTheGrowth() {
    try (Store store = Store.open(dir.resolve("store"))) {
      writeBatches(store);
      long before = store.diskBytes();

      long after = store.compact();

      assertThat(after).isLessThanOrEqualTo(before);
      assertThat(dir.resolve("store").resolve("Data-0002")).isDirectory();
      assertThat(dir.resolve("store").resolve("Data-0001")).doesNotExist();
      assertThat(store.read(() -> store.dataset().getGraph(GRAPH).size())).isEqualTo(4000);
    }
  }

  /** Writes 4,000 quads in 20 transactions, each leaving copied index blocks behind. */
  private static void writeBatches(Store store) {
    for (int batch = 0; batch < 20; batch++) {
      int b = batch;
      store.write(() -> {
        for (int i = 0; i < 200; i++) {
          store.dataset().add(new Quad(GRAPH, NodeFactory.createURI("https://example.org/s" + b + "-" + i),
              NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("v" + i)));
        }
      });
    }
  }
}
