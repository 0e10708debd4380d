package dev.dealgraph.extract.relation;

import java.util.Set;

/**
 * Tells when a round noun, not a company, is the subject of a verb of raising: "… invest in Acme as part of a round
 * expected to raise $6.5 billion", "a round that could raise $2 billion". The company before such a round is not
 * the one raising it.
 */
final class RoundSubject {
  /** The words that may join a round noun to the verb it is the subject of. */
  private static final Set<String> LINKS = Set.of("expected", "set", "likely", "poised", "slated", "that", "which",
      "could", "would", "will", "may", "might", "is", "was", "to", "aiming", "seeking", "looking", "meant", "designed");

  private RoundSubject() {}

  /** Returns true when a round noun opened by an article stands in {@code [from, verb)} as the verb's subject. */
  static boolean between(View v, int from, int verb) {
    for (int k = verb - 1; k >= from; k--) {
      var noun = v.cueAt("trigger:round-noun", k);
      if (noun != null && noun.end() <= verb) {
        return opened(v, k) && linked(v, noun.end(), verb);
      }
    }
    return false;
  }

  /** Returns true when "a", "an" or "the" opens the round's phrase a few words before it: "a new funding round". */
  private static boolean opened(View v, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - 4); k--) {
      if (v.is(k, "a", "an", "the")) {
        return true;
      }
      if (v.mention(k) != null || v.money(k) == null && !v.tok(k).text().chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return false;
  }

  private static boolean linked(View v, int from, int verb) {
    if (from >= verb) {
      return false;
    }
    for (int k = from; k < verb; k++) {
      if (!LINKS.contains(v.low(k))) {
        return false;
      }
    }
    return true;
  }
}
