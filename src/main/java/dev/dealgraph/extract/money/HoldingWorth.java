package dev.dealgraph.extract.money;

import dev.dealgraph.extract.text.Sentence;
import java.util.Set;

/**
 * Tells whether a "worth" before an amount describes a holding ("a stake in Y worth $90 billion", "its holding,
 * worth about $3 billion"): the sum is what the holding is worth, not what its owner put in.
 */
final class HoldingWorth {

  /** How far before "worth" the holding noun may stand: "a stake in Tyrell Group PBC worth". */
  private static final int REACH = 8;

  private HoldingWorth() {}

  /** Returns true when a holding noun of {@code holdings} stands in the phrase before the "worth" at {@code worth}. */
  static boolean follows(Sentence s, int worth, Set<String> holdings) {
    int k = worth - 1;
    if (k >= 0 && s.token(k).is(",")) {
      k--;
    }
    for (; k >= Math.max(0, worth - REACH); k--) {
      if (s.token(k).is(",", ";", ".", ":")) {
        return false;
      }
      if (holdings.contains(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }
}
