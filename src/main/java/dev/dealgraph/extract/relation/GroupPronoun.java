package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.List;

/**
 * Reads the pronoun a group's rivalry names as its rival and the reciprocal that follows it: in "All three sell into
 * a market led by Initech, and they are rivals of it and of one another", "it" is Initech and "one another" makes the
 * three rivals among themselves.
 */
final class GroupPronoun {

  /** How far after a rivalry cue "one another" or "each other" may stand. */
  private static final int REACH = 6;

  private GroupPronoun() {
  }

  /**
   * Returns the organization that "it" at {@code slot} stands for: the last one the sentence names before it outside
   * the group, or null when the slot holds no "it" or no such organization.
   */
  static EntityMention antecedent(View v, int slot, List<EntityMention> group) {
    if (slot < 0 || !v.is(slot, "it")) {
      return null;
    }
    EntityMention last = null;
    for (EntityMention m : v.mentions) {
      if (m.first() < slot && m.named() && m.form() != EntityMention.Form.PERSON && m.entity().isPresent()
          && group.stream().noneMatch(g -> g.entity().equals(m.entity()))) {
        last = m;
      }
    }
    return last;
  }

  /** Returns true when "one another" or "each other" follows a rivalry cue ending at {@code end} in its clause. */
  static boolean reciprocal(View v, int end) {
    for (int k = end; k + 1 < Math.min(v.size(), end + REACH); k++) {
      if (v.is(k, "one", "each") && v.is(k + 1, "another", "other")) {
        return true;
      }
      if (Slots.boundary(v, k) && !v.is(k, "and")) {
        return false;
      }
    }
    return false;
  }
}
