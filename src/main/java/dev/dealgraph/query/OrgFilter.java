package dev.dealgraph.query;

import dev.dealgraph.DealGraphException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Says which organizations and people to list.
 *
 * @param q    words that must appear in the name or an alias, without regard to case or accents
 * @param kind the kind (company, investor, government, university, person, publisher, organization)
 */
public record OrgFilter(Optional<String> q, Optional<String> kind) {
  /** The kinds a filter may name. */
  public static final List<String> KINDS =
      List.of("company", "investor", "government", "university", "person", "publisher", "organization");

  /**
   * Checks the kind.
   *
   * @throws DealGraphException BAD_PARAMETER when the kind is not one of {@link #KINDS}
   */
  public OrgFilter {
    Objects.requireNonNull(q, "q");
    Objects.requireNonNull(kind, "kind");
    if (kind.isPresent() && !KINDS.contains(kind.get())) {
      throw DealGraphException.badParameter("kind must be one of " + KINDS + ": '" + kind.get() + "'");
    }
  }

  /** Returns true when {@code actor} passes. */
  boolean keeps(Actor actor) {
    if (kind.isPresent() && !kind.get().equals(actor.ref().kind())) {
      return false;
    }
    if (q.isEmpty()) {
      return true;
    }
    return actor.folded().contains(Fold.of(q.get()));
  }
}
