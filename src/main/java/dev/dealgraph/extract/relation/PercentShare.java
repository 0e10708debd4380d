package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.Token;
import java.util.Set;

/**
 * Reads an investor's share of a round given as a percentage and restated as a sum: "agreed to provide 75% of it,
 * so $30 billion", "will take 40 percent of the round, or about $2 billion".
 */
final class PercentShare {

  /** Words that restate the percentage as a sum: "so $30 billion", "or about $2 billion", "i.e. $1 billion". */
  private static final Set<String> RESTATING = Set.of("so", "or", "that", "i.e.", "ie", "meaning", "some", "which");
  /** Words that may follow "that" or "which" before the sum: "that is $1 billion", "which is $1 billion". */
  private static final Set<String> COPULA = Set.of("is", "was", "comes", "came", "means", "amounts");
  /** How many words the thing shared may take: "of the $40 billion round", "of the financing". */
  private static final int SHARED_REACH = 6;

  private PercentShare() {}

  /** Returns the sum restating a percentage share that starts at {@code k} ("75% of it, so $30bn"), or null. */
  static Money at(View v, int k) {
    if (v.tok(k).type() != Token.Type.NUMBER) {
      return null;
    }
    int h = k + 1;
    if (v.is(h, "%", "percent", "pct")) {
      h++;
    } else if (v.is(h, "per") && v.is(h + 1, "cent")) {
      h += 2;
    } else {
      return null;
    }
    if (!v.is(h, "of")) {
      return null;
    }
    int limit = Math.min(v.size(), h + SHARED_REACH);
    for (h = h + 1; h < limit && !v.is(h, ",", "(", "-", "--"); h++) {
      if (v.mention(h) != null && !v.mention(h).possessive() && v.mention(h).form() != EntityMention.Form.PRONOUN) {
        // "75% of Initech": a stake in a company, which the investee's own rules read.
        return null;
      }
    }
    h = v.is(h, ",", "(", "-", "--") ? h + 1 : h;
    if (!RESTATING.contains(v.low(h))) {
      return null;
    }
    h = COPULA.contains(v.low(h + 1)) ? h + 2 : h + 1;
    h = v.is(h, "about", "roughly", "around", "some", "nearly", "almost") && v.money(h) == null ? h + 1 : h;
    return v.money(h);
  }
}
