package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.List;

/**
 * Reads "it" as the object of a verb of leading or joining when it stands for the round the sentences before
 * described: "X and Y led it", "X co-led it with Y", "X joined it too".
 */
final class RoundPronoun {

  private RoundPronoun() {}

  /**
   * Returns true when token {@code k} is "it" ending its clause or followed by the partners of the verb, so that it
   * is the round: "led it." / "led it, the company said" / "co-led it with Y"; "led it to a record year" is not.
   */
  static boolean object(View v, int k) {
    if (!v.is(k, "it")) {
      return false;
    }
    int n = k + 1;
    return n >= v.size() || v.is(n, ".", ",", ";", "too", "again", "alongside", "as")
        || v.is(n, "with") && v.mentionAt(n + 1) != null && v.mentionAt(n + 1).named();
  }

  /** Returns the investors named right after "with" at {@code k}: "co-led it with Y and Z"; else none. */
  static List<EntityMention> partners(View v, int k) {
    return v.is(k, "with") && v.mentionAt(k + 1) != null ? NounPhrases.list(v, k + 1) : List.of();
  }
}
