package dev.dealgraph.web;

import dev.dealgraph.ontology.Ontology;
import dev.dealgraph.store.Store;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * Describes one resource of the store as the triples a linked-data client gets when it dereferences the IRI.
 *
 * <p>The description is taken from the union of all named graphs: the resource's concise bounded description
 * (its triples and those of blank nodes it reaches), the triples that point at it, the descriptions of its hash
 * resources (an article's {@code #char=…} spans) and the labels of every resource it links to. The IRI is a bound
 * {@link Node}, never text spliced into a query.
 */
final class ResourceDescriptions {
  private static final Node LABEL = RDFS.label.asNode();

  private final Store store;

  ResourceDescriptions(Store store) {
    this.store = store;
  }

  /** Returns true when some triple of the store has {@code iri} as subject. */
  boolean exists(String iri) {
    Node resource = NodeFactory.createURI(iri);
    return store.read(() -> store.dataset().getUnionGraph().contains(resource, Node.ANY, Node.ANY));
  }

  /** Returns the description of {@code iri}; empty when no triple of the store mentions it as subject. */
  Optional<Graph> describe(String iri) {
    Node resource = NodeFactory.createURI(iri);
    return store.read(() -> {
      Graph union = store.dataset().getUnionGraph();
      if (!union.contains(resource, Node.ANY, Node.ANY)) {
        return Optional.empty();
      }
      Graph out = GraphFactory.createDefaultGraph();
      out.getPrefixMapping().setNsPrefixes(Ontology.standard().model());
      bounded(union, resource, out);
      union.find(Node.ANY, Node.ANY, resource).forEach(t -> {
        out.add(t);
        if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(iri + "#")) {
          bounded(union, t.getSubject(), out);
        }
      });
      labelNeighbours(union, out);
      return Optional.of(out);
    });
  }

  /** Returns the ontology as shipped in the jar. */
  Graph ontology() {
    return Ontology.standard().model().getGraph();
  }

  private static void bounded(Graph union, Node start, Graph out) {
    ArrayDeque<Node> todo = new ArrayDeque<>();
    Set<Node> seen = new HashSet<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      Node subject = todo.poll();
      if (!seen.add(subject)) {
        continue;
      }
      union.find(subject, Node.ANY, Node.ANY).forEach(t -> {
        out.add(t);
        if (t.getObject().isBlank()) {
          todo.add(t.getObject());
        }
      });
    }
  }

  private static void labelNeighbours(Graph union, Graph out) {
    Set<Node> neighbours = new HashSet<>();
    out.find().forEach(t -> {
      neighbours.add(t.getSubject());
      neighbours.add(t.getObject());
    });
    for (Node n : neighbours) {
      if (n.isURI() && !out.contains(n, LABEL, Node.ANY)) {
        union.find(n, LABEL, Node.ANY).forEach((Triple t) -> out.add(t));
      }
    }
  }
}
