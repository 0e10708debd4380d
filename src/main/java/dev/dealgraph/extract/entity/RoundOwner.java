package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.text.Sentence;
import java.util.Set;

/** Tells when a plural possessive owns a funding round: "their seed round", "their $5 million Series A". */
final class RoundOwner {

  /** Words that end or open the name of a round; a possessive a few words before one owns the round. */
  private static final Set<String> ROUND_WORDS = Set.of("round", "series", "seed", "pre-seed", "fundraise",
      "fundraising", "raise");
  /** How many words may stand between the possessive and the round word: "their oversubscribed $5 million seed". */
  private static final int REACH = 6;

  /** Words before the possessive that make the round an investor's object: "led their", "invested in their". */
  private static final Set<String> OBJECT_OF = Set.of("led", "co-led", "lead", "leads", "leading", "joined", "join",
      "joins", "in", "into", "backed", "funded", "financed", "anchored");

  private RoundOwner() {}

  /** Returns true when the possessive at {@code k} owns a round that an investor leads, joins or invests in. */
  static boolean ownsRound(Sentence s, int k) {
    return k > 0 && s.token(k - 1).is(OBJECT_OF.toArray(String[]::new)) && roundAfter(s, k + 1);
  }

  /** Returns true when a round word follows token {@code from} within a few tokens, before any clause break. */
  private static boolean roundAfter(Sentence s, int from) {
    for (int k = from; k < Math.min(s.size(), from + REACH); k++) {
      if (s.token(k).is(ROUND_WORDS.toArray(String[]::new))) {
        return true;
      }
      if (s.token(k).is(",", ";", ".", "and", "to", "from", "with")) {
        return false;
      }
    }
    return false;
  }
}
