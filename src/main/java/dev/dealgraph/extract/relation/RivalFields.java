package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.List;

/**
 * Finds rivalry told through a market, a prize or a judgement rather than a verb: "a crowded field that includes A and
 * B", "the battle for developers between A and B", "alternatives to A such as B", "competition from A is heating up
 * for X", "A dominates, followed by X", "X considers Y a competitor".
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
    List<EntityMention> subject = RivalClauses.subject(v, cue.first());
    if (from < 0 || subject.isEmpty() || dealBetween(v, subject.get(subject.size() - 1).end(), cue.first())) {
      // "Globex invested in a crowded field …": an investor stands outside the field it backs.
      return;
    }
    List<EntityMention> members = NounPhrases.list(v, from);
    if (members.stream().noneMatch(subject::contains)) {
      RivalFinder.pairs(v, subject, members, out, 0.8);
    }
  }

  /**
   * "A and B dominate the market, with X a distant third", "A dominates search, followed by X": the companies named
   * behind the leaders compete with each of them.
   */
  static void leaders(View v, PhraseIndex.Match<String> cue, Collected out) {
    List<EntityMention> leaders = RivalClauses.subject(v, cue.first());
    if (leaders.isEmpty() || dealBetween(v, cue.end(), v.size())) {
      // "Globex dominated the round, followed by …": a deal ranks its backers, not rivals.
      return;
    }
    for (int k = cue.end(); k < v.size() && !v.is(k, ";", "."); k++) {
      PhraseIndex.Match<String> trailer = v.cueAt("competition:trailer", k);
      if (trailer != null && v.is(trailer.first(), "followed", "trailed")) {
        RivalFinder.pairs(v, leaders, NounPhrases.list(v, trailer.end()), out, 0.75);
        return;
      }
      EntityMention first = trailer != null && v.is(k - 1, ",") ? v.mentionAt(trailer.end()) : null;
      if (first != null && !first.possessive()) {
        // "X leads the market, well ahead of A and B"; "ahead of Globex's results" is a time, not a ranking.
        RivalFinder.pairs(v, leaders, NounPhrases.list(v, trailer.end()), out, 0.75);
        return;
      }
      EntityMention behind = v.is(k, "with") ? v.mentionAt(k + 1) : null;
      if (behind != null && v.cueAt("competition:trailer", behind.end()) != null) {
        RivalFinder.pairs(v, leaders, List.of(behind), out, 0.75);
        return;
      }
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
    // "We face intense competition from A": a company's own filing speaks of it in the first person.
    opens |= v.is(0, "we") && java.util.stream.IntStream.range(0, cue).noneMatch(h -> v.mention(h) != null);
    return opens && topic != null ? List.of(topic) : List.of();
  }

  /** Returns the list of names that ends right before {@code k}: "A, B and C" before "among". */
  static List<EntityMention> listBefore(View v, int k) {
    EntityMention last = v.mention(k - 1);
    if (last == null) {
      return List.of();
    }
    List<EntityMention> out = new java.util.ArrayList<>(List.of(last));
    int q = last.first() - 1;
    while (q > 0 && v.is(q, "and", ",", "or") && v.mention(q - 1) != null && out.size() < Slots.MAX_LIST) {
      out.add(0, v.mention(q - 1));
      q = v.mention(q - 1).first() - 1;
    }
    return out;
  }

  /**
   * Returns the names a verb of judgement sets beside the rival noun at {@code noun} ("considers Y a competitor",
   * "views Y and Z as rivals"), or none; the verb's subject is the other side.
   */
  static List<EntityMention> regarded(View v, int noun) {
    int k = noun - 1;
    while (k >= Math.max(0, noun - 4) && v.mention(k) == null && v.tok(k).type() == dev.dealgraph.extract.text.Token.Type.WORD
        && (v.is(k, "as", "a", "an") || !v.words.determiners.contains(v.low(k)))) {
      k--;
    }
    List<EntityMention> names = listBefore(v, k + 1);
    boolean judged = !names.isEmpty() && names.get(0).first() > 0 && !names.get(names.size() - 1).possessive()
        && v.cueAt("competition:regard-verb", names.get(0).first() - 1) != null;
    return judged ? names : List.of();
  }

  static boolean dealBetween(View v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.words.verbs.containsKey(v.low(k)) || v.cueAt("trigger:round-noun", k) != null) {
        return true;
      }
    }
    return false;
  }
}
