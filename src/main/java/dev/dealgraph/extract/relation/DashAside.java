package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;

/**
 * Reads the subject around an aside set off by dashes: "Tarrow -- the firm that has since renamed itself Tarrow
 * Holdings -- invested $300 million" is about the name before the first dash, never one inside the aside; "the
 * chipmaker it buys from -- Tarrow -- was in talks" is about the lone name between the dashes.
 */
final class DashAside {

  /** How long an aside between dashes may be, in tokens. */
  private static final int REACH = 25;

  private DashAside() {}

  /**
   * Returns the name before a dashed aside whose closing dash stands at {@code close}, right before the verb chain
   * of the trigger at {@code trigger}; null when no such aside closes there.
   */
  static EntityMention subject(View v, int close, int trigger, int limit) {
    if (!dash(v, close) || !(close + 1 == trigger || Slots.onlyVerbChain(v, close + 1, trigger))) {
      return null;
    }
    EntityMention inside = v.mention(close - 1);
    if (inside != null && inside.named() && dash(v, inside.first() - 1)) {
      // "the chipmaker whose processors it buys -- Hooli -- was in talks": the name between the dashes is who.
      return inside;
    }
    for (int open = close - 2; open > Math.max(limit, close - REACH); open--) {
      if (v.is(open, ";", ".", ":", "(", ")")) {
        return null;
      }
      if (dash(v, open)) {
        EntityMention named = v.mention(open - 1);
        boolean described = v.is(open + 1, "the", "a", "an", "one", "which", "who", "whose", "its", "their", "now",
            "then", "formerly", "itself");
        return named != null && described && !Slots.objectOfPreposition(v, named) ? named : null;
      }
    }
    return null;
  }

  /** Returns true for a dash standing apart from its neighbours, as against the hyphen inside "AI-backed". */
  private static boolean dash(View v, int k) {
    return v.is(k, "--", "\u2014", "\u2013") || v.is(k, "-") && v.tok(k).spaceBefore();
  }
}
