package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.List;
import java.util.Optional;

/**
 * Reads a list introduced by a colon after a noun of investors, anywhere in a sentence: "The company counts several
 * financial actors among its backers: A, B and C", "Acme's new investors: A and B". The list invests in the
 * possessor of the noun, or in the round in context. A noun of investors opening the sentence before a copula ("The
 * participant list was a roll-call of the industry: A, B") and a clause of investing before the colon ("three groups
 * have taken a stake: A, B and C") introduce such a list too ({@link ColonClauses}).
 */
final class ColonList {

  /** How many words may stand between the investor noun and the colon: "backers in the round:". */
  private static final int REACH = 4;

  private ColonList() {}

  /** Adds a deal for each member of a colon list that closes its sentence or clause after a noun of investors. */
  static void find(View v, int sentence, Collected out) {
    for (int c = 1; c + 1 < v.size(); c++) {
      if (!v.is(c, ":") || v.mentionAt(c + 1) == null) {
        continue;
      }
      int noun = investorNoun(v, c);
      if (noun < 0) {
        continue;
      }
      List<EntityMention> investors = NounPhrases.list(v, c + 1);
      int after = investors.get(investors.size() - 1).end();
      if (after < v.size() && !v.is(after, ".", ";") && !closingApposition(v, after)) {
        // "Its backers have a message: Hooli must grow" names no investor list.
        continue;
      }
      EntityMention owner = v.mention(noun - 1) != null && v.mention(noun - 1).possessive() ? v.mention(noun - 1)
          : null;
      Reading reading = OpeningList.joined(StatusReader.read(v, 0, noun, c, c, null, -1));
      for (EntityMention investor : investors) {
        if (owner != null) {
          out.deal(v, sentence, investor, owner, Optional.empty(), reading);
        } else {
          out.implicitDeal(v, sentence, investor, Optional.empty(), reading);
        }
      }
    }
  }

  /**
   * Returns true when a comma at {@code k} opens an apposition to the last member that ends the sentence: "…, B and
   * C, the automation specialist."; a clause with a verb ("…, C, the company said") is no apposition.
   */
  private static boolean closingApposition(View v, int k) {
    if (!v.is(k, ",") || !v.is(k + 1, "the", "a", "an")) {
      return false;
    }
    for (int h = k + 2; h < v.size(); h++) {
      if (v.is(h, ".") && h == v.size() - 1) {
        return true;
      }
      boolean word = v.tok(h).type() == dev.dealgraph.extract.text.Token.Type.WORD || v.is(h, "-");
      if (!word || v.words.verbs.containsKey(v.low(h)) || v.words.auxiliaries.contains(v.low(h))
          || v.low(h).equals("said") || v.mention(h) != null
          && v.mention(h).form() != EntityMention.Form.DESCRIPTION) {
        return false;
      }
    }
    return true;
  }

  /** Returns where the noun or clause of investors before the colon at {@code colon} starts, or -1. */
  private static int investorNoun(View v, int colon) {
    for (int k = colon - 1; k >= Math.max(0, colon - REACH); k--) {
      if (v.cueAt("trigger:investor-noun", k) != null && v.cueAt("trigger:list-owner", k) == null) {
        return k;
      }
      if (v.mention(k) != null && !v.mention(k).possessive() || Slots.boundary(v, k)) {
        break;
      }
    }
    return Math.max(ColonClauses.subjectNoun(v, colon), ColonClauses.investingClause(v, colon));
  }
}
