package dev.dealgraph.extract;

import java.util.Objects;

/**
 * States that two organizations compete; unordered, {@code a} sorts before {@code b} by name.
 *
 * @param a        one competitor
 * @param b        the other
 * @param evidence the sentence that states or presents the rivalry
 */
public record Competition(Entity a, Entity b, Evidence evidence) {
  public Competition {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(evidence, "evidence");
    if (a.name().equals(b.name())) {
      throw new IllegalArgumentException("an organization does not compete with itself: " + a.name());
    }
    if (a.name().compareTo(b.name()) > 0) {
      Entity t = a;
      a = b;
      b = t;
    }
  }
}
