package dev.dealgraph.query;

import dev.dealgraph.graph.Iris;
import dev.dealgraph.graph.ResourceId;
import java.util.Optional;

/**
 * Turns the ids the API shows (the last path segment of an IRI: {@code amazon}, a deal's 16 hex characters, an
 * article id) into IRIs and back.
 */
public final class Ids {
  private Ids() {}

  /** Returns the IRI of a resource of {@code type} with this id, empty when the id cannot be one of that type. */
  public static Optional<String> iri(ResourceId.Type type, String id) {
    try {
      return Optional.of(new ResourceId(type, id).iri());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Returns true when {@code id} has the form of an id of {@code type}. */
  public static boolean valid(ResourceId.Type type, String id) {
    return iri(type, id).isPresent();
  }

  /** Returns the id of a DealGraph IRI: the part after its type segment, without any fragment. */
  static String of(String iri) {
    return Iris.parse(iri).map(ResourceId::key).orElseGet(() -> {
      int hash = iri.indexOf('#');
      String path = hash < 0 ? iri : iri.substring(0, hash);
      return path.substring(path.lastIndexOf('/') + 1);
    });
  }
}
