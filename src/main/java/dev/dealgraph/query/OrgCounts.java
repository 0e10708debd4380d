package dev.dealgraph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Counts what an organization or person takes part in, as {@code org-counts.rq} does.
 *
 * @param made     deals and rounds naming it as investor
 * @param received deals and rounds naming it as investee
 * @param articles articles mentioning it
 */
record OrgCounts(long made, long received, long articles) {
  static final OrgCounts ZERO = new OrgCounts(0, 0, 0);
  private static final Query COUNTS = Sparql.load("org-counts");

  /** Returns the counts of the given actors, or of every actor when none are given; inside a read transaction. */
  static Map<String, OrgCounts> read(DatasetGraph dataset, List<String> iris) {
    Query query = iris.isEmpty() ? COUNTS : Sparql.restrict(COUNTS, "x", Lookups.nodes(iris));
    Map<String, OrgCounts> out = new HashMap<>();
    Sparql.forEach(dataset, query, Args.none(), row -> out.put(row.iri("x"),
        new OrgCounts(row.count("madeCount"), row.count("receivedCount"), row.count("articleCount"))));
    return out;
  }
}
