package dev.dealgraph.query;

import dev.dealgraph.graph.ResourceId;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Finds the organization or person an API id names. Organizations and people share the id space of the API; an
 * organization wins when both exist.
 */
final class Actors {
  private Actors() {}

  /** Returns the IRI of the organization or person with this id that the store knows; inside a transaction. */
  static Optional<String> find(DatasetGraph dataset, String id) {
    return find(id, iri -> known(dataset, iri));
  }

  /** Returns the IRI of the organization or person with this id that {@code known} accepts, an organization first. */
  static Optional<String> find(String id, java.util.function.Predicate<String> known) {
    return Stream.of(ResourceId.Type.ORG, ResourceId.Type.PERSON)
        .flatMap(type -> Ids.iri(type, id).stream())
        .filter(known)
        .findFirst();
  }

  /** Returns the IRI a filter on this id should bind: the known actor's, else one that matches nothing. */
  static String filterIri(DatasetGraph dataset, String id) {
    return find(dataset, id).orElse("urn:dealgraph:unknown");
  }

  private static boolean known(DatasetGraph dataset, String iri) {
    return dataset.find(Node.ANY, NodeFactory.createURI(iri), Node.ANY, Node.ANY).hasNext();
  }
}
