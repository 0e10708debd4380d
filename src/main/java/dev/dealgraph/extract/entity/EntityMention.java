package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Entity;
import java.util.List;
import java.util.Optional;

/**
 * Marks tokens of a sentence that name or refer to an entity.
 *
 * @param first      index of the first token (a leading "the" or title is included)
 * @param end        index just past the last token (a possessive "'s" is included)
 * @param form       how the entity is referred to
 * @param candidates who the mention may refer to, best first; one entry for names, empty when unresolved
 * @param possessive true for "Amazon's", "its", "the company's"
 * @param rivalOf    for descriptions like "the ChatGPT rival", the organization the referent competes with
 */
public record EntityMention(int first, int end, Form form, List<Entity> candidates, boolean possessive,
    Optional<Entity> rivalOf) {

  /** Names how a mention refers to its entity. */
  public enum Form {
    /** A gazetteer name, alias or ticker. */
    NAME,
    /** A product standing for its maker ("Claude"). */
    PRODUCT,
    /** An organization found by the grammar of names ("Lux Capital", "robotics startup Acme"). */
    DISCOVERED,
    /** A person ("Masayoshi Son"). */
    PERSON,
    /** A capitalised sequence of no known kind, usable only where a relation expects an organization. */
    CANDIDATE,
    /** A definite description ("the tech giant", "the ChatGPT maker"). */
    DESCRIPTION,
    /** "it", "its", "itself". */
    PRONOUN
  }

  public EntityMention {
    candidates = List.copyOf(candidates);
  }

  /** Returns the best candidate, if the mention is resolved. */
  public Optional<Entity> entity() {
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
  }

  /** Returns true for names and discovered names, whose entity is certain. */
  public boolean named() {
    return form == Form.NAME || form == Form.PRODUCT || form == Form.DISCOVERED || form == Form.PERSON;
  }

  /** Returns a copy that spans the given tokens. */
  EntityMention spanning(int newFirst, int newEnd) {
    return new EntityMention(newFirst, newEnd, form, candidates, possessive, rivalOf);
  }
}
