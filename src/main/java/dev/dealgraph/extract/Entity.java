package dev.dealgraph.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * Identifies one real-world organization or person under its canonical name.
 *
 * @param name     canonical display name ("Amazon", "Google DeepMind")
 * @param kind     what sort of actor it is
 * @param wikidata Wikidata id ("Q3884") when known
 * @param known    true when the entity comes from the gazetteer, false when it was discovered in the text
 */
public record Entity(String name, EntityKind kind, Optional<String> wikidata, boolean known) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(wikidata, "wikidata");
    if (name.isBlank()) {
      throw new IllegalArgumentException("entity name must not be blank");
    }
  }
}
