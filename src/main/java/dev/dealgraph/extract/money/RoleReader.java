package dev.dealgraph.extract.money;

import dev.dealgraph.extract.lexicon.Lexicon;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Sentence;
import java.util.List;
import java.util.Locale;

/**
 * Reads what an amount is from the phrases right before it ("valued at") and right after it ("valuation",
 * "in capital expenditures", "data center").
 */
final class RoleReader {

  /** Words that may stand between an amount and the phrase that names its role: "a $300 billion post-money…". */
  private static final int REACH = 2;
  /** How far after an amount the preposition of its purpose may stand: "billions of pounds for". */
  private static final int PURPOSE_REACH = 4;

  private final PhraseIndex<AmountRole> before;
  private final PhraseIndex<AmountRole> after;
  private final java.util.Set<String> holdings;

  RoleReader(Lexicon roles) {
    this.before = index(roles, "before");
    this.after = index(roles, "after");
    this.holdings = roles.phrases("holding");
  }

  private static PhraseIndex<AmountRole> index(Lexicon roles, String section) {
    PhraseIndex.Builder<AmountRole> b = PhraseIndex.builder();
    for (Lexicon.Entry e : roles.section(section)) {
      b.add(e.phrase(), AmountRole.valueOf(e.value().toUpperCase(Locale.ROOT)));
    }
    return b.build();
  }

  /** Returns the role of the amount over tokens {@code first} to {@code end} of the sentence. */
  AmountRole read(Sentence s, int first, int end) {
    AmountRole found = null;
    List<PhraseIndex.Match<AmountRole>> left = before.find(s.tokens().subList(Math.max(0, first - 6), first));
    int offset = Math.max(0, first - 6);
    for (PhraseIndex.Match<AmountRole> m : left) {
      if (m.end() + offset == first) {
        found = pick(found, m.value());
      }
    }
    List<PhraseIndex.Match<AmountRole>> right =
        after.find(s.tokens().subList(end, Math.min(s.size(), end + 6 + REACH)));
    for (PhraseIndex.Match<AmountRole> m : right) {
      if (m.first() <= skippable(s, end)) {
        found = pick(found, m.value());
      }
    }
    if (found == null && first > 0 && s.token(first - 1).is("at") && valuingBefore(s, first - 1)) {
      // "values the French model builder at €11.7bn", "raises $500 million at $6.8 billion".
      found = AmountRole.VALUATION;
    }
    if (found == null) {
      found = purpose(s, end);
    }
    if (found == null && first > 0 && s.token(first - 1).is("worth") && HoldingWorth.follows(s, first - 1, holdings)) {
      // "a stake in Y worth roughly $90 billion": what the holding is worth now, not what was paid for it.
      found = AmountRole.MARKETCAP;
    }
    return found == null ? AmountRole.INVESTMENT : found;
  }

  /**
   * Returns the role a purpose after the amount gives it, or null: "pledged billions of pounds for British data
   * centres", "$2 billion on new campuses" are spending on what the phrase names, whoever pays it.
   */
  private AmountRole purpose(Sentence s, int end) {
    for (int p = end; p < Math.min(s.size(), end + PURPOSE_REACH); p++) {
      if (s.token(p).is(",", ";", ".", ":", "(")) {
        return null;
      }
      if (s.token(p).is("for", "on", "toward", "towards")) {
        for (PhraseIndex.Match<AmountRole> m : after.find(s.tokens().subList(p + 1, Math.min(s.size(), p + 6)))) {
          if (m.first() <= 2 && (m.value() == AmountRole.SPENDING || m.value() == AmountRole.CAPEX)) {
            return m.value();
          }
        }
        return null;
      }
    }
    return null;
  }

  private static boolean valuingBefore(Sentence s, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 7); k--) {
      String w = s.token(k).lower();
      if (w.startsWith("valu") || w.equals("raises") || w.equals("raised") || w.equals("raising")) {
        return true;
      }
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** Counts the hyphens and adjectives like "post-money" or "new" that may precede the role word. */
  private static int skippable(Sentence s, int end) {
    int k = 0;
    while (k < REACH && end + k < s.size() && s.token(end + k).is("-", "new", "fresh", "additional")) {
      k++;
    }
    return k;
  }

  /** Prefers a role that rules an amount out as an investment over one that allows it. */
  private static AmountRole pick(AmountRole current, AmountRole candidate) {
    if (current == null || current.investable() && !candidate.investable()) {
      return candidate;
    }
    return current;
  }
}
