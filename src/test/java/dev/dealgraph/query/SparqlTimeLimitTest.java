package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.ARQ;
import org.junit.jupiter.api.Test;

class SparqlTimeLimitTest {
  private static final Query CROSS_JOIN = QueryFactory.create(
      "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");

  private static final Query CROSS_ROWS = QueryFactory.create("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");

  private static DatasetGraph limitedTo1Ms() {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    for (int i = 0; i < 100; i++) {
      dataset.add(new Quad(Quad.defaultGraphIRI, NodeFactory.createURI("https://example.org/s" + i),
          NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("v" + i)));
    }
    dataset.getContext().set(ARQ.queryTimeout, "1");
    return dataset;
  }

  @Test
  void requestQueriesStopAtTheServersTimeLimit() {
    DatasetGraph dataset = limitedTo1Ms();
    assertThatThrownBy(() -> Sparql.select(dataset, CROSS_JOIN, Args.none(), row -> row.count("n")))
        .isInstanceOf(QueryCancelledException.class);
  }

  @Test
  void indexScansRunPastTheServersTimeLimit() {
    DatasetGraph dataset = limitedTo1Ms();
    List<Long> counts = Sparql.withoutTimeLimit(
        () -> Sparql.select(dataset, CROSS_JOIN, Args.none(), row -> row.count("n")));
    assertThat(counts).containsExactly(1_000_000L);
  }

  @Test
  void stoppingAnIndexScanAbortsItsQueryMidway() {
    DatasetGraph dataset = limitedTo1Ms();
    Scans scans = new Scans();
    int[] rows = {0};
    assertThatThrownBy(() -> Sparql.withoutTimeLimit(scans, () -> {
      Sparql.forEach(dataset, CROSS_ROWS, Args.none(), row -> {
        rows[0]++;
        scans.stop();
      });
      return null;
    })).isInstanceOf(CancellationException.class);
    assertThat(rows[0]).isLessThan(1_000_000);
  }

  @Test
  void aStoppedBuildStartsNoFurtherScan() {
    Scans scans = new Scans();
    scans.stop();
    assertThatThrownBy(() -> Sparql.withoutTimeLimit(scans,
        () -> Sparql.select(limitedTo1Ms(), CROSS_JOIN, Args.none(), row -> row.count("n"))))
        .isInstanceOf(CancellationException.class);
  }
}
