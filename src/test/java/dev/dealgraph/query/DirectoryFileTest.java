package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFileTest {
  private static final Node GRAPH = NodeFactory.createURI("https://dealgraph.dev/graph/article/d1");

  @TempDir
  Path dir;

  private static void addOrganization(Store store, String id, String name) {
    Node org = NodeFactory.createURI("https://dealgraph.dev/id/" + id);
    store.write(() -> {
      store.dataset().add(new Quad(GRAPH, org, RDF.type.asNode(),
          NodeFactory.createURI("https://dealgraph.dev/ontology#Organization")));
      store.dataset().add(new Quad(GRAPH, org, RDFS.label.asNode(), NodeFactory.createLiteralString(name)));
    });
  }

  /** Changes Acme's name in the saved file alone and returns the file. */
  private static Path renameInSavedFile(Store store) throws java.io.IOException {
    Path file = store.fileBeside(DirectoryFile.NAME).orElseThrow();
    Files.writeString(file, Files.readString(file).replace("\tAcme\t", "\tAcme as saved\t"));
    return file;
  }

  private static java.util.List<String> names(Store store) {
    return new Directory(store).current().actors().stream().map(a -> a.ref().name()).toList();
  }

  @Test
  void unchangedStoreIsAnsweredFromTheSavedDirectory() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      addOrganization(store, "acme", "Acme");
      assertThat(names(store)).containsExactly("Acme");
      assertThat(store.fileBeside(DirectoryFile.NAME).orElseThrow()).isRegularFile();

      // A name changed in the file alone shows that a new directory read the file, not the store.
      renameInSavedFile(store);
      assertThat(names(store)).containsExactly("Acme as saved");
    }
  }

  @Test
  void savedDirectoryOfAnEarlierStateIsIgnoredAndReplaced() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      addOrganization(store, "acme", "Acme");
      names(store);
      Path file = renameInSavedFile(store);

      addOrganization(store, "globex", "Globex");

      assertThat(names(store)).containsExactly("Acme", "Globex");
      assertThat(Files.readString(file)).contains("Globex").doesNotContain("Acme as saved");
    }
  }

  @Test
  void unreadableSavedDirectoryFallsBackToTheStore() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      addOrganization(store, "acme", "Acme");
      names(store);
      Path file = store.fileBeside(DirectoryFile.NAME).orElseThrow();
      String header = Files.readString(file).lines().findFirst().orElseThrow();
      Files.writeString(file, header + "\nhttps://dealgraph.dev/id/acme\tacme\tAcme as saved\n");

      assertThat(names(store)).containsExactly("Acme");
    }
  }

  @Test
  void savedDirectoryReadsBackEveryFact() {
    try (Store store = Store.open(dir.resolve("store"))) {
      addOrganization(store, "acme", "Acme");
      Node acme = NodeFactory.createURI("https://dealgraph.dev/id/acme");
      store.write(() -> {
        store.dataset().add(new Quad(GRAPH, acme, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("Acme Corp")));
        store.dataset().add(new Quad(GRAPH, acme, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("Acmé")));
        store.dataset().add(new Quad(GRAPH, acme, NodeFactory.createURI("https://dealgraph.dev/ontology#ticker"),
            NodeFactory.createLiteralString("ACME")));
        store.dataset().add(new Quad(GRAPH, acme, NodeFactory.createURI("https://schema.org/sameAs"),
            NodeFactory.createURI("http://www.wikidata.org/entity/Q42")));
      });
      java.util.List<Actor> fromStore = new Directory(store).current().actors();

      java.util.List<Actor> fromFile = new Directory(store).current().actors();

      assertThat(fromStore.get(0).aliases()).containsExactly("Acme Corp", "Acmé");
      assertThat(fromStore.get(0).wikidata()).isPresent();
      assertThat(fromFile).isEqualTo(fromStore);
    }
  }

  @Test
  void storeInMemoryKeepsNoFile() {
    try (Store store = Store.inMemory()) {
      addOrganization(store, "acme", "Acme");
      assertThat(names(store)).containsExactly("Acme");
    }
    assertThat(dir).isEmptyDirectory();
  }
}
