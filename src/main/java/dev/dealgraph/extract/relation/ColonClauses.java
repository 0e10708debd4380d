package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.Set;

/**
 * Finds the clauses farther from a colon than a noun right before it that still make the list after the colon a
 * round's investors: an opening noun of investors and its copula ("The participant list was a roll-call of chip
 * makers: A, B"), or a clause of investing that ends at the colon ("Two groups have taken a stake: A and B").
 */
final class ColonClauses {

  /** How many words the sentence's opening noun phrase may take before its noun of investors: "The new". */
  private static final int OPENING = 4;

  /** How many words the copula's complement may take before the colon: "a who's who of the industry". */
  private static final int COMPLEMENT = 16;

  /** Words that name the noun of investors as a list: "the investor list", "the participant roster". */
  private static final Set<String> LIST_WORDS = Set.of("list", "roster", "lineup", "roll", "table");

  private ColonClauses() {}

  /** Returns where the sentence's opening noun of investors starts when a copula follows it, or -1. */
  static int subjectNoun(View v, int colon) {
    for (int k = 0; k < Math.min(OPENING, colon); k++) {
      if (names(v, k) || Slots.boundary(v, k)) {
        return -1;
      }
      var cue = v.cueAt("trigger:investor-noun", k);
      if (cue == null || v.cueAt("trigger:list-owner", k) != null) {
        continue;
      }
      int p = cue.end();
      while (LIST_WORDS.contains(v.low(p)) || v.is(p, "line") && v.is(p + 1, "-") && v.is(p + 2, "up")) {
        p += v.is(p, "line") ? 3 : 1;
      }
      return v.copula(p) && colon - p <= COMPLEMENT && quiet(v, p + 1, colon) ? k : -1;
    }
    return -1;
  }

  /** Returns where a clause of investing that ends at the colon starts, when no name is its subject, or -1. */
  static int investingClause(View v, int colon) {
    for (var cue : v.cues) {
      if (cue.value().equals("trigger:colon-clause") && cue.end() == colon && quiet(v, 0, cue.first())) {
        return cue.first();
      }
    }
    return -1;
  }

  /** Returns true when no name (other than an owner's) and no clause boundary stands in [from, to). */
  private static boolean quiet(View v, int from, int to) {
    for (int k = from; k < to; k++) {
      // A hyphen inside a word ("a roll-call of") ends no clause.
      if (names(v, k) || Slots.boundary(v, k) && !v.is(k, "-")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns true when a name or pronoun other than an owner's stands at {@code k}; a description ("the new investor",
   * "the robotics business") only describes the list to come.
   */
  private static boolean names(View v, int k) {
    EntityMention m = v.mention(k);
    return m != null && !m.possessive() && m.form() != EntityMention.Form.DESCRIPTION;
  }
}
