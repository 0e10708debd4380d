package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;

/**
 * Reads what the words around an investment noun say about its figure: a running total, a figure the noun is said
 * to be, a price paid.
 */
final class NounFigures {

  private NounFigures() {}

  /** Returns true for "taking / bringing its total investment": a running total after a verb of bringing. */
  static boolean runningTotal(View v, int from, int noun) {
    boolean total = false;
    for (int h = from; h < noun; h++) {
      total |= v.is(h, "total", "cumulative", "overall", "combined");
    }
    EntityMention owner = v.mention(from);
    int before = owner != null ? owner.first() - 1 : from - 1;
    return total && v.is(before, "taking", "bringing", "takes", "brings", "took", "brought", "lifting", "raising");
  }

  /**
   * Returns where the figure a noun phrase ending at {@code end} is said to be starts ("was $N", "amounts to $N",
   * ", worth $N"), or -1.
   */
  static int statedFigure(View v, int end) {
    int k = end;
    if (v.is(end, ",") && v.is(end + 1, "worth", "totalling", "totaling")) {
      k = end + 2;
    }
    // "taking its total commitment to $8 billion" is a running total: "to" links only after "amounts" or "came".
    for (int links = 0; links < 3 && (v.is(k, "was", "is", "totalled", "totaled", "totals", "amounts", "amounted",
        "came", "comes", "stands", "stood", "will", "be") || v.is(k, "to") && v.is(k - 1, "amounts", "amounted",
        "came", "comes") || v.is(k, "at") && v.is(k - 1, "stands", "stood")); links++) {
      k++;
    }
    Money m = v.money(k);
    return k > end && m != null && m.role().investable() && !m.vague() ? k : -1;
  }

  /** Returns true for a verb of paying right before a price: "paid", "will pay", "spent". */
  static boolean paying(View v, int k) {
    return v.is(k, "pay", "pays", "paid", "paying", "spend", "spends", "spent", "spending", "shelled", "forked");
  }
}
