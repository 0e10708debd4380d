package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Status;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.Optional;

/**
 * Reads the holdings an investor's own portfolio noun lists: "For X, the deal extends a run of AI bets that also
 * includes A and B", "X's portfolio, which includes A": X holds stakes in A and B. A noun of other ties ("a run of
 * partnerships that includes A") lists no holdings.
 */
final class Portfolio {

  /** How far after the portfolio noun its "that includes" may stand, and how far before it its owner. */
  private static final int REACH = 4;

  private Portfolio() {}

  /** Adds a completed investment of the portfolio's owner in each company its list names. */
  static void find(View v, int sentence, Collected out) {
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (!cue.value().equals("trigger:portfolio-noun")) {
        continue;
      }
      EntityMention owner = owner(v, cue.first());
      int list = owner == null ? -1 : listAfter(v, cue.end());
      if (list < 0) {
        continue;
      }
      Reading held = new Reading(Optional.of(Status.COMPLETED), StatusReader.denied(v, 0, cue.first()),
          Reading.Era.EARLIER, false);
      for (EntityMention company : NounPhrases.phrase(v, list)) {
        if (company.named()) {
          out.deal(v, sentence, owner, company, Optional.empty(), held);
        }
      }
    }
  }

  /** Returns the named owner of the noun at {@code noun}: "For X, …" opening the sentence, or "X's bets". */
  private static EntityMention owner(View v, int noun) {
    for (int h = noun - 1; h >= Math.max(0, noun - REACH); h--) {
      EntityMention m = v.mention(h);
      if (m != null) {
        return m.possessive() && m.named() && m.form() != EntityMention.Form.PERSON ? m : null;
      }
    }
    EntityMention opener = v.is(0, "for") ? v.mentionAt(1) : null;
    return opener != null && opener.named() && opener.form() != EntityMention.Form.PERSON
        && v.is(opener.end(), ",") ? opener : null;
  }

  /** Returns where the list starts after "that (also) includes" or "including" following the noun; else -1. */
  private static int listAfter(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + REACH); h++) {
      if (v.is(h, "of") && !v.is(h + 1, "companies", "startups", "start-ups", "investments", "bets", "stakes")) {
        // "a portfolio of products that includes A": things made, not holdings.
        return -1;
      }
      if (v.include(h)) {
        return h + 1;
      }
      if (v.is(h, "including")) {
        return h + 1;
      }
      if (v.mention(h) != null || Slots.boundary(v, h) && !v.is(h, "that", "which")) {
        return -1;
      }
    }
    return -1;
  }
}
