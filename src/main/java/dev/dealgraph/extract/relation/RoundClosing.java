package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.List;

/**
 * Reads the company of a round that is the object of a verb of closing (lexicon section round-close): "Acme has
 * finalised a fundraising of €600 million", "Acme closed a $50 million Series B": the subject raised the round.
 */
final class RoundClosing {

  /** How many words may stand between the verb and the round noun: "a new $50 million". */
  private static final int REACH = 6;

  private RoundClosing() {}

  /** Returns the subject of the verb of closing whose object is the round noun at {@code noun}, or null. */
  static EntityMention company(View v, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - REACH); k--) {
      if (v.mention(k) != null || Slots.boundary(v, k) || v.is(k, ",")) {
        return null;
      }
      PhraseIndex.Match<String> verb = closingVerbEndingAt(v, k);
      if (verb != null) {
        List<EntityMention> subject = Slots.subject(v, verb.first());
        // "Quorra, the Lisbon start-up, has closed …": a description or a pronoun stands for its company.
        boolean company = subject.size() == 1
            && subject.get(0).entity().map(e -> e.kind() != EntityKind.PERSON).orElse(false);
        return company ? subject.get(0) : null;
      }
    }
    return null;
  }

  private static PhraseIndex.Match<String> closingVerbEndingAt(View v, int k) {
    for (PhraseIndex.Match<String> m : v.cues) {
      if (m.end() == k + 1 && m.value().equals("trigger:round-close")) {
        return m;
      }
    }
    return null;
  }
}
