package dev.dealgraph.pipeline;

import dev.dealgraph.store.Store;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the graphs that do not come from articles — the ontology and the gazetteer — in the store, replacing
 * a stored copy only when it differs, so that an unchanged start writes nothing.
 */
public final class ReferenceGraphs {
  private static final Logger LOG = LoggerFactory.getLogger(ReferenceGraphs.class);

  private ReferenceGraphs() {}

  /** Stores each graph under its name unless the store already holds an isomorphic copy. */
  public static void install(Store store, Map<String, Graph> graphs) {
    Map<String, Graph> stale = store.read(() -> {
      var changed = new java.util.LinkedHashMap<String, Graph>();
      graphs.forEach((name, graph) -> {
        Node node = NodeFactory.createURI(name);
        if (!store.dataset().containsGraph(node) || !IsoMatcher.isomorphic(store.dataset().getGraph(node), graph)) {
          changed.put(name, graph);
        }
      });
      return changed;
    });
    if (stale.isEmpty()) {
      return;
    }
    store.write(() -> stale.forEach((name, graph) -> {
      Node node = NodeFactory.createURI(name);
      store.dataset().removeGraph(node);
      Graph target = store.dataset().getGraph(node);
      graph.find().forEach(target::add);
    }));
    LOG.info("Stored reference graphs: {}", String.join(", ", stale.keySet()));
  }
}
