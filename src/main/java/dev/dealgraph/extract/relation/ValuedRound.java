package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.AmountRole;
import dev.dealgraph.extract.money.Money;
import java.util.List;

/**
 * Finds the company of a round told as the occasion of a valuation: "Acme was valued at $14 billion in a round
 * led by X", "Acme, valued at $2 billion in its last round, …". The company valued is the sentence's subject, and
 * the round that valued it is its own.
 */
final class ValuedRound {
  /** How many words may stand between the valuation and the round noun: "in a 2024 round", "in its last round". */
  private static final int REACH = 5;

  private ValuedRound() {}

  /** Returns the sentence's subject when a valuation just before the round noun at {@code round} values it. */
  static EntityMention company(View v, int round) {
    Money valuation = null;
    for (Money m : v.money) {
      if (m.role() == AmountRole.VALUATION && m.end() <= round && round - m.end() <= REACH) {
        valuation = m;
      }
    }
    if (valuation == null || !between(v, valuation.end(), round, "in")) {
      return null;
    }
    List<EntityMention> subject = Slots.mainSubject(v, -1);
    if (subject.size() != 1 || subject.get(0).first() > valuation.first()) {
      return null;
    }
    EntityMention s = subject.get(0);
    return s.entity().filter(e -> e.kind() != EntityKind.PERSON).isPresent() ? s : null;
  }

  private static boolean between(View v, int from, int to, String word) {
    for (int k = from; k < to; k++) {
      if (v.mention(k) != null || v.money(k) != null) {
        return false;
      }
      if (v.is(k, word)) {
        return true;
      }
    }
    return false;
  }
}
