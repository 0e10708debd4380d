package dev.dealgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ExportTest {
  private static final Node G1 = NodeFactory.createURI("https://dealgraph.dev/graph/article/a1");
  private static final Node G2 = NodeFactory.createURI("https://dealgraph.dev/graph/article/a2");

  @ParameterizedTest
  @EnumSource(value = Export.Format.class, names = {"TRIG", "NQUADS", "JSONLD"})
  void exportLoadsIntoAFreshStoreAsTheSameDataset(Export.Format format) {
    Store source = sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Export(source).write(out, format, Optional.empty());

    Store fresh = Store.inMemory();
    fresh.write(() -> RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.lang())
        .parse(fresh.dataset()));
    boolean same = source.read(() -> fresh.read(() -> IsoMatcher.isomorphic(source.dataset(), fresh.dataset())));
    assertThat(same).as(out.toString()).isTrue();
  }

  @Test
  void turtleExportOfTheWholeStoreIsTheUnionOfItsGraphs() {
    Store source = sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Export(source).write(out, Export.Format.TURTLE, Optional.empty());
    String turtle = out.toString();
    assertThat(turtle).contains("https://example.org/a").contains("https://example.org/b").doesNotContain("GRAPH");
  }

  @Test
  void oneGraphCanBeExportedAlone() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Export(sample()).write(out, Export.Format.TRIG, Optional.of(G2.getURI()));
    assertThat(out.toString()).contains("https://example.org/b").doesNotContain("https://example.org/a");
  }

  @Test
  void unknownGraphIsNotFound() {
    assertThatThrownBy(() -> new Export(sample()).write(new ByteArrayOutputStream(), Export.Format.TRIG,
        Optional.of("https://example.org/none")))
        .isInstanceOf(DealGraphException.class).hasMessageContaining("https://example.org/none");
  }

  @Test
  void unknownFormatNameIsABadParameter() {
    assertThatThrownBy(() -> Export.Format.named("rdfa"))
        .isInstanceOf(DealGraphException.class).hasMessage("format must be one of trig, nquads, turtle, jsonld: rdfa");
  }

  private static Store sample() {
    Store store = Store.inMemory();
    store.write(() -> {
      DatasetGraph d = store.dataset();
      d.add(new Quad(G1, uri("https://example.org/a"), uri("https://example.org/p"),
          NodeFactory.createLiteralString("é \"quoted\"")));
      d.add(new Quad(G2, uri("https://example.org/b"), uri("https://example.org/p"), NodeFactory.createBlankNode()));
    });
    return store;
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
