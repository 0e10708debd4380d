package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.money.AmountRole;
import dev.dealgraph.extract.money.Money;

/**
 * Tells a company announcing a sum as money raised ("Acme announced $250 million in new funding", "Acme disclosed
 * $40 million at a $300 million valuation") from one announcing what it spends or earns: a verb of announcing
 * (lexicon section round-announce) makes its subject raise a round only when the sum right after it is told as
 * funding, by a noun of funding or of a round, or by a valuation stated after it.
 */
final class AnnouncedRound {
  /** How far after the sum a noun of funding may stand: "$250 million in fresh Series C funding". */
  private static final int NOUN_REACH = 4;

  private AnnouncedRound() {}

  /** Returns true when the words from {@code k} (just after the verb) are a sum told as funding. */
  static boolean funding(View v, int k) {
    int h = v.is(k, "a", "an", "some", "nearly", "about", "roughly") ? k + 1 : k;
    Money sum = v.money(h);
    if (sum == null || sum.vague() || !sum.role().investable()) {
      return false;
    }
    for (int j = sum.end(); j < Math.min(v.size(), sum.end() + NOUN_REACH); j++) {
      if (RoundParts.FUNDING.contains(v.low(j)) || v.cueAt("trigger:round-noun", j) != null) {
        return true;
      }
      if (v.mention(j) != null) {
        return false;
      }
    }
    return v.money.stream().anyMatch(m -> m.first() >= sum.end() && m.role() == AmountRole.VALUATION);
  }
}
