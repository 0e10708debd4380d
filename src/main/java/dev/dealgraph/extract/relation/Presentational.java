package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;

/**
 * Reads a presentational sentence that sets a list beside the round's lead: "Beside it are found historical
 * investors A and B", "Alongside it sit A, B and C", "Joining them were A and B", "Next to the fund came A". A
 * preposition of company (lexicon section presentational-opener), a reference back to the lead or the round, then
 * a verb of being or standing (section presentational-verb), inverted before its subject: the list.
 */
final class Presentational {

  /** How many tokens the reference back to the lead may take: "it", "the lead investor", "the two funds". */
  private static final int REFERENCE = 4;
  /** How far into a sentence the opener may stand: "And alongside it were". */
  private static final int OPENER_REACH = 3;

  private Presentational() {}

  /** Returns where the list starts after the opener, the reference and the verb, or -1 when no such frame opens. */
  static int listStart(View v) {
    for (int k = 0; k < Math.min(v.size(), OPENER_REACH); k++) {
      PhraseIndex.Match<String> opener = v.cueAt("trigger:presentational-opener", k);
      if (opener != null) {
        int verb = afterReference(v, opener.end());
        PhraseIndex.Match<String> cue = verb < 0 ? null : v.cueAt("trigger:presentational-verb", verb);
        return cue == null ? -1 : cue.end();
      }
      if (!v.is(k, "and", "also", "then", "but") && !v.words.adverbs.contains(v.low(k))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Returns the token after a reference back to the lead or the round ("it", "them", "the fund", "the round",
   * "Tessier Capital"), or -1 when the words after the opener refer to nothing of the kind.
   */
  private static int afterReference(View v, int from) {
    EntityMention m = v.mentionAt(from);
    if (m != null) {
      boolean back = m.form() == EntityMention.Form.PRONOUN || m.form() == EntityMention.Form.DESCRIPTION
          || m.entity().map(e -> e.kind() == EntityKind.INVESTOR).orElse(false);
      return back && !m.possessive() ? m.end() : -1;
    }
    if (!v.words.determiners.contains(v.low(from))) {
      return -1;
    }
    // "the lead investor", "the two leads", "the round": a determiner and a noun of the lead or of the round.
    for (int k = from + 1; k < Math.min(v.size(), from + REFERENCE); k++) {
      PhraseIndex.Match<String> noun = v.cueAt("trigger:investor-noun", k);
      noun = noun != null ? noun : v.cueAt("trigger:round-noun", k);
      if (noun != null || v.is(k, "lead", "leads", "co-leads")) {
        return noun != null ? noun.end() : k + 1;
      }
      if (v.tok(k).type() != Token.Type.WORD || v.mention(k) != null) {
        return -1;
      }
    }
    return -1;
  }
}
