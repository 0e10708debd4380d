package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.List;

/**
 * Finds rivalry told through a market or a prize rather than a verb: "a crowded field that includes A and B", "the
 * battle for developers between A and B", "alternatives to A such as B", "competition from A is heating up for X".
 */
final class RivalFields {

  /** How many plain words may name the prize between a contest noun and its "between". */
  private static final int PRIZE_WORDS = 4;

  private RivalFields() {}

  /** "X operates in a crowded field that includes A, B and C": the subject competes with each member. */
  static void crowded(View v, PhraseIndex.Match<String> cue, Collected out) {
    int k = cue.end();
    if (v.is(k, ",")) {
      k++;
    }
    if (v.is(k, "that", "which")) {
      k++;
    }
    PhraseIndex.Match<String> intro = v.cueAt("competition:list-intro", k);
    int from = intro != null ? intro.end() : v.include(k) ? k + 1 : -1;
    List<EntityMention> subject = RivalPhrases.subject(v, cue.first());
    if (from < 0 || subject.isEmpty() || dealBetween(v, subject.get(subject.size() - 1).end(), cue.first())) {
      // "Globex invested in a crowded field …": an investor stands outside the field it backs.
      return;
    }
    List<EntityMention> members = NounPhrases.list(v, from);
    if (members.stream().noneMatch(subject::contains)) {
      RivalFinder.pairs(v, subject, members, out, 0.8);
    }
  }

  /** "The battle for developers between A and B": a contest noun, its prize, then the contestants. */
  static void prizeBetween(View v, int noun, Collected out) {
    int k = noun + 1;
    if (!v.is(k, "for", "over")) {
      return;
    }
    int limit = Math.min(v.size(), k + 1 + PRIZE_WORDS);
    for (k++; k < limit && v.mention(k) == null && !Slots.boundary(v, k); k++) {
      if (v.is(k, "between", "among")) {
        List<EntityMention> members = NounPhrases.phrase(v, k + 1);
        if (members.size() >= 2) {
          RivalFinder.all(v, members, out);
        }
        return;
      }
    }
  }

  /** "Buyers want alternatives to Globex such as Initech": the examples after the object are its rivals. */
  static void examplesOf(View v, List<EntityMention> object, Collected out) {
    if (object.isEmpty()) {
      return;
    }
    int end = object.get(object.size() - 1).end();
    PhraseIndex.Match<String> intro = v.cueAt("competition:list-intro", v.is(end, ",") ? end + 1 : end);
    if (intro != null) {
      List<EntityMention> examples = NounPhrases.list(v, intro.end());
      RivalFinder.pairs(v, object, examples, out, 0.8);
    }
  }

  /**
   * Returns who feels competition named without a subject: "Competition from Globex is heating up for Initech" gives
   * Initech; a sentence that opens with it speaks of the article's subject; otherwise none.
   */
  static List<EntityMention> feltBy(View v, int cue, List<EntityMention> rivals, EntityMention topic) {
    int k = rivals.isEmpty() ? cue : rivals.get(rivals.size() - 1).end();
    for (; k < v.size() && !Slots.boundary(v, k); k++) {
      if (v.is(k, "for") && v.mentionAt(k + 1) != null) {
        return List.of(v.mentionAt(k + 1));
      }
    }
    boolean opens = cue == 0 || cue == 1 && v.tok(0).type() == dev.dealgraph.extract.text.Token.Type.WORD
        && v.words.adverbs.contains(v.low(0));
    return opens && topic != null ? List.of(topic) : List.of();
  }

  private static boolean dealBetween(View v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.words.verbs.containsKey(v.low(k))) {
        return true;
      }
    }
    return false;
  }
}
