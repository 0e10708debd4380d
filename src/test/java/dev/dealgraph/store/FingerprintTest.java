package dev.dealgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
  private static final Node GRAPH = NodeFactory.createURI("https://dealgraph.dev/graph/article/f1");
  private static final Node NAME = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

  @TempDir
  Path dir;

  private static void add(Store store, String subject) {
    store.write(() -> store.dataset().add(new Quad(GRAPH, NodeFactory.createURI("https://example.org/" + subject),
        NAME, NodeFactory.createLiteralString(subject))));
  }

  @Test
  void storeInMemoryHasNoFingerprint() {
    try (Store store = Store.inMemory()) {
      assertThat(store.fingerprint()).isEmpty();
      assertThat(store.fileBeside("x")).isEmpty();
    }
  }

  @Test
  void fingerprintSurvivesReopeningAnUnchangedStore() {
    String first;
    try (Store store = Store.open(dir.resolve("store"))) {
      add(store, "a");
      first = store.fingerprint().orElseThrow();
      store.read(() -> store.dataset().getGraph(GRAPH).size());
      assertThat(store.fingerprint()).contains(first);
    }
    try (Store store = Store.open(dir.resolve("store"))) {
      assertThat(store.fingerprint()).contains(first);
    }
  }

  @Test
  void everyCommittedWriteChangesTheFingerprint() {
    try (Store store = Store.open(dir.resolve("store"))) {
      add(store, "a");
      String afterAdd = store.fingerprint().orElseThrow();
      add(store, "b");
      String afterSecond = store.fingerprint().orElseThrow();
      store.write(() -> store.dataset().deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY));
      String afterDelete = store.fingerprint().orElseThrow();

      assertThat(afterSecond).isNotEqualTo(afterAdd);
      assertThat(afterDelete).isNotEqualTo(afterSecond).isNotEqualTo(afterAdd);
    }
  }

  @Test
  void compactionChangesTheFingerprint() {
    try (Store store = Store.open(dir.resolve("store"))) {
      add(store, "a");
      String before = store.fingerprint().orElseThrow();
      store.compact();
      assertThat(store.fingerprint().orElseThrow()).isNotEqualTo(before);
    }
  }
}
