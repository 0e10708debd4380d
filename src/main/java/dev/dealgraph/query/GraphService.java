package dev.dealgraph.query;

import dev.dealgraph.store.Store;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Builds network views: the neighbourhood of one organization hop by hop, or the whole graph, most recently
 * reported deals first, up to a number of edges.
 */
public final class GraphService {
  private static final Query TOUCHING = Sparql.load("graph-touching");
  private static final Query RIVALS = Sparql.load("graph-rivals");

  private final Store store;

  public GraphService(Store store) {
    this.store = store;
  }

  /** Returns the view asked for; empty when the focus is not in the store. */
  public Optional<GraphView> graph(GraphRequest request) {
    return store.read(() -> {
      DatasetGraph ds = store.dataset();
      GraphEdges edges = new GraphEdges(ds, request.limit());
      if (request.focus().isEmpty()) {
        edges.deals(DealQuery.keys(ds, request.deals(), FactSort.RECENT));
        edges.rivals(Sparql.select(ds, RIVALS, Args.none(), GraphService::pair));
        return Optional.of(edges.view(List.of()));
      }
      Optional<String> focus = Actors.find(ds, request.focus().get());
      focus.ifPresent(f -> {
        Set<String> frontier = Set.of(f);
        Set<String> visited = new LinkedHashSet<>(frontier);
        for (int hop = 0; hop < request.depth() && !frontier.isEmpty() && !edges.truncated(); hop++) {
          List<Node> deals = Sparql.selectFor(ds, TOUCHING, "node", Lookups.nodes(frontier),
              row -> row.node("deal").orElseThrow());
          edges.deals(DealQuery.keysAmong(ds, deals, request.deals(), FactSort.RECENT));
          edges.rivals(Sparql.selectFor(ds, RIVALS, "node", Lookups.nodes(frontier), GraphService::pair));
          Set<String> next = new LinkedHashSet<>(edges.endpoints());
          next.removeAll(visited);
          visited.addAll(next);
          frontier = next;
        }
      });
      return focus.map(f -> edges.view(List.of(f)));
    });
  }

  private static List<String> pair(Row row) {
    return List.of(row.iri("a"), row.iri("b"));
  }
}
