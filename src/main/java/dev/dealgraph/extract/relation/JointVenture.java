package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Status;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.List;
import java.util.Optional;

/**
 * Reads the founders of a joint venture as its investors: "A, B and C are the founding partners of Keel",
 * "A and B founded Keel Capital, an investment company", "Keel, a joint venture between A and B". Each founding
 * organization holds equity in the venture; what the venture then builds or buys is no further deal (lexicon
 * sections founder-noun, founding-verb and venture-noun of triggers.txt).
 */
final class JointVenture {

  /** How far after the venture's name its describing noun may end: ", a new artificial intelligence venture". */
  private static final int NOUN_REACH = 8;

  private JointVenture() {}

  /** Adds a deal from each founding organization to the venture the sentence names. */
  static void find(View v, int k, Collected out) {
    for (PhraseIndex.Match<String> cue : v.cues) {
      switch (cue.value()) {
        case "trigger:founder-noun" -> {
          // "A and B are the founding partners of Keel".
          EntityMention venture = v.is(cue.end(), "of", "in") ? v.mentionAt(cue.end() + 1) : null;
          record(v, k, out, cue, Slots.subject(v, cue.first()), venture);
        }
        case "trigger:founding-verb" -> {
          // "A and B founded Keel Capital, an investment company".
          EntityMention venture = v.mentionAt(cue.end());
          boolean described = venture != null && describedAsVenture(v, venture.end());
          record(v, k, out, cue, described ? Slots.subject(v, cue.first()) : List.of(), venture);
        }
        case "trigger:venture-noun" -> {
          // "Keel, a joint venture between A and B".
          int by = v.is(cue.end(), "between", "of") ? cue.end() + 1
              : v.is(cue.end() + 1, "by") && v.is(cue.end(), "formed", "owned", "set", "created") ? cue.end() + 2 : -1;
          EntityMention venture = apposedTo(v, cue.first());
          record(v, k, out, cue, by < 0 ? List.of() : NounPhrases.list(v, by), venture);
        }
        default -> { }
      }
    }
  }

  private static void record(View v, int k, Collected out, PhraseIndex.Match<String> cue,
      List<EntityMention> founders, EntityMention venture) {
    if (venture == null || founders.stream().noneMatch(f -> f.form() != EntityMention.Form.PERSON)) {
      return;
    }
    Reading read = StatusReader.read(v, 0, cue.first(), cue.end(), v.size(), null, -1);
    // A founder holds its share from the founding on, unless the sentence puts the venture ahead.
    Reading reading = read.status().isPresent() ? read
        : new Reading(Optional.of(Status.COMPLETED), read.denied(), read.era(), read.tranche());
    for (EntityMention founder : founders) {
      if (founder.form() != EntityMention.Form.PERSON && !founder.equals(venture)) {
        out.deal(v, k, founder, venture, Optional.empty(), reading);
      }
    }
  }

  /** Returns true when ", a joint venture", ", an investment company" or the like follows a venture's name. */
  private static boolean describedAsVenture(View v, int end) {
    if (!v.is(end, ",") || !v.is(end + 1, "a", "an", "the")) {
      return false;
    }
    for (int j = end + 2; j < Math.min(v.size(), end + NOUN_REACH); j++) {
      if (v.cueAt("trigger:venture-noun", j) != null) {
        return true;
      }
      if (v.mention(j) != null || v.tok(j).type() != Token.Type.WORD) {
        return false;
      }
    }
    return false;
  }

  /** Returns the name a venture noun describes: "Keel, a joint venture …", "Keel is a joint venture …", or null. */
  private static EntityMention apposedTo(View v, int noun) {
    int j = noun - 1;
    while (j > 0 && v.tok(j).type() == Token.Type.WORD && v.mention(j) == null
        && !v.is(j, "a", "an", "the")) {
      j--;
    }
    return v.is(j, "a", "an", "the") && (v.is(j - 1, ",") || v.copula(j - 1)) ? v.mention(j - 2) : null;
  }
}
