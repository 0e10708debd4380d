package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.List;

/**
 * Reads the company of a round its noun phrase leaves unnamed: the subject of a verb of closing (lexicon section
 * round-close), "Acme has finalised a fundraising of €600 million", or the owner of the round an apposition
 * renames, "Poolside's Series B a year ago, a round led by X".
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

  /** Returns the owner of the last round named before {@code before} ("Poolside's $500 million Series B"), or null. */
  static EntityMention earlierOwner(View v, int before) {
    for (int k = before - 1; k >= Math.max(0, before - Slots.REACH); k--) {
      if (v.cueAt("trigger:round-noun", k) != null) {
        for (int h = k - 1; h >= Math.max(0, k - REACH); h--) {
          EntityMention m = v.mention(h);
          if (m != null) {
            return m.possessive() && m.named() ? m : null;
          }
        }
        return null;
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
