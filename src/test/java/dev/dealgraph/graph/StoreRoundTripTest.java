package dev.dealgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.ontology.DG;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class StoreRoundTripTest {
  private final Dataset dataset = FixtureCorpus.load();

  @Test
  void storedArticleGraphsAreExactlyTheMappedTriples() {
    FixtureCorpus.articles().forEach((a, x) -> {
      Model mapped = ArticleGraph.map(a, x);
      boolean same = Txn.calculateRead(dataset,
          () -> dataset.getNamedModel(Iris.articleGraph(a.id())).isIsomorphicWith(mapped));
      assertThat(same).as(a.id()).isTrue();
    });
  }

  @Test
  void storedGazetteerGraphIsExactlyTheMappedTriples() {
    Model mapped = GazetteerGraph.map(FixtureCorpus.gazetteer());
    assertThat(Txn.calculateRead(dataset, () -> dataset.getNamedModel(Iris.GAZETTEER_GRAPH).isIsomorphicWith(mapped)))
        .isTrue();
  }

  @Test
  void unionDefaultGraphFindsEveryOrganizationAsSchemaOrganization() {
    long count = Txn.calculateRead(dataset, () -> {
      try (QueryExecution q = QueryExecution.dataset(dataset).query("""
          PREFIX schema: <https://schema.org/>
          SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a schema:Organization }""").build()) {
        return q.execSelect().next().getLiteral("n").getLong();
      }
    });
    // Eight gazetteer organizations, four found in the text (Thrive, Foo Labs, Bar Ventures, Acme), two publishers.
    assertThat(count).isEqualTo(14);
    assertThat(Txn.calculateRead(dataset, () -> dataset.getUnionModel().contains(null, DG.competesWith))).isTrue();
  }
}
