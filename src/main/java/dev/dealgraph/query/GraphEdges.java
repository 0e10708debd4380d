package dev.dealgraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;

/** Collects the edges of a network view up to a limit, once each, and the nodes they touch. */
final class GraphEdges {
  private final DatasetGraph dataset;
  private final int limit;
  private final Map<String, GraphView.Edge> edges = new LinkedHashMap<>();
  private final Set<String> endpoints = new LinkedHashSet<>();
  private boolean truncated;

  GraphEdges(DatasetGraph dataset, int limit) {
    this.dataset = dataset;
    this.limit = limit;
  }

  /** Returns true once an edge was left out for want of room. */
  boolean truncated() {
    return truncated;
  }

  /** Returns the IRIs of every node an edge touches so far. */
  Set<String> endpoints() {
    return endpoints;
  }

  /** Adds an investment edge per investor of each deal, in the order given. */
  void deals(List<ListKey> keys) {
    List<String> fresh = keys.stream().map(ListKey::iri).filter(iri -> !edges.containsKey(Ids.of(iri)))
        .limit(limit + 1L - edges.size()).toList();
    DealReader reader = new DealReader(dataset);
    Map<String, List<String>> parties = reader.parties(fresh);
    for (Investment deal : reader.read(fresh)) {
      List<String> iris = parties.get(deal.iri());
      List<String> investors = iris.subList(0, iris.size() - 1);
      for (int i = 0; i < deal.investors().size(); i++) {
        OrgRef investor = deal.investors().get(i);
        String id = deal.investors().size() == 1 ? deal.id() : deal.id() + "-" + investor.id();
        add(new GraphView.Edge(id, "investment", investor.id(), deal.investee().id(), deal.amount(),
            Optional.of(deal.status()), Optional.of(deal.id())), List.of(investors.get(i), iris.get(iris.size() - 1)));
      }
    }
  }

  /** Adds a competition edge per pair of rival IRIs. */
  void rivals(List<List<String>> pairs) {
    for (List<String> pair : pairs) {
      String a = Ids.of(pair.get(0));
      String b = Ids.of(pair.get(1));
      add(new GraphView.Edge("rivals-" + a + "-" + b, "competition", a, b, Optional.empty(), Optional.empty(),
          Optional.empty()), pair);
    }
  }

  private void add(GraphView.Edge edge, List<String> iris) {
    if (edges.containsKey(edge.id())) {
      return;
    }
    if (edges.size() >= limit) {
      truncated = true;
      return;
    }
    edges.put(edge.id(), edge);
    endpoints.addAll(iris);
  }

  /** Returns the view: the edges and a node for each endpoint and for each of {@code always}. */
  GraphView view(Collection<String> always) {
    Set<String> iris = new LinkedHashSet<>(always);
    iris.addAll(endpoints);
    Map<String, OrgRef> refs = new Lookups(dataset).orgs(iris);
    List<GraphView.Node> nodes = new ArrayList<>();
    iris.forEach(iri -> {
      OrgRef r = refs.get(iri);
      nodes.add(new GraphView.Node(r.id(), r.name(), r.kind(), r.href()));
    });
    return new GraphView(nodes, List.copyOf(edges.values()), truncated);
  }
}
