package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.money.Money;
import java.util.Set;

/**
 * Reads the words around a sum that say whose money it is and whether it adds to a deal already made: "put in a
 * further $2 billion", "invest $1 billion more", "$40 million of his own money".
 */
final class FurtherSums {

  /** Words that mark a sum as added to an earlier one: "a further $2 billion", "an additional $1 billion". */
  private static final Set<String> ADDED = Set.of("further", "additional", "extra", "another");
  private static final Set<String> ARTICLES = Set.of("a", "an", "another");
  private static final Set<String> OWNERS = Set.of("his", "her", "its", "their", "our", "my");
  private static final Set<String> FUNDS = Set.of("money", "cash", "capital", "funds", "fortune", "wealth");

  private FurtherSums() {}

  /** Returns the sum that stands at {@code k} behind an article and a word of addition, or null: "a further $2bn". */
  static Money at(View v, int k) {
    int h = ARTICLES.contains(v.low(k)) ? k + 1 : k;
    h = ADDED.contains(v.low(h)) ? h + 1 : h;
    return h > k ? v.money(h) : null;
  }

  /** Returns true when the sum is marked as added to an earlier one: "a further $X", "another $X", "$X more". */
  static boolean added(View v, Money m) {
    int p = m.first() - 1;
    return ADDED.contains(v.low(p)) || v.is(m.end(), "more", "extra");
  }

  /** Returns where "of his own money" after a sum ends, or {@code k} when no such phrase stands at {@code k}. */
  static int ownFunds(View v, int k) {
    if (!v.is(k, "of") || !OWNERS.contains(v.low(k + 1))) {
      return k;
    }
    int h = v.is(k + 2, "own") ? k + 3 : k + 2;
    return FUNDS.contains(v.low(h)) ? h + 1 : k;
  }
}
