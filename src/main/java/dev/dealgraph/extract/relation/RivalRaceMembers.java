package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.List;

/**
 * Reads the members a contest apposed to a clause names: "A and B are competing to become the default, a race that
 * also includes C and D" and "A is building humanoids, a contest that includes C" make C and D rivals of the
 * clause's subject.
 */
final class RivalRaceMembers {

  /** How many describing words may stand between the article and the contest's noun ("a costly two-way race"). */
  private static final int WORDS = 3;

  private RivalRaceMembers() {}

  /** Adds the rivalries of each contest apposed to a clause in the sentence. */
  static void find(View v, Collected out) {
    for (int k = 1; k < v.size(); k++) {
      if (!v.is(k, ",") || !v.is(k + 1, "a", "an", "one")) {
        continue;
      }
      int noun = k + 2;
      while (noun < Math.min(v.size(), k + 2 + WORDS) && plain(v, noun) && !v.words.raceNouns.contains(v.low(noun))) {
        noun++;
      }
      int from = v.words.raceNouns.contains(v.low(noun)) ? members(v, noun + 1) : -1;
      List<EntityMention> subject = from < 0 ? List.of() : RivalClauses.subject(v, k);
      if (subject.isEmpty() || subject.get(0).first() > k || RivalFields.dealBetween(v, subject.get(subject.size() - 1).end(), k)) {
        // "Globex backed Hooli, a race that includes Initech": the backer stands outside the contest it funds.
        continue;
      }
      List<EntityMention> members = new java.util.ArrayList<>(NounPhrases.list(v, from));
      for (int close = members.isEmpty() ? -1 : RivalAsides.pastRelative(v, members.get(members.size() - 1).end());
          close > 0 && v.is(close, ",") && v.is(close + 1, "and") && v.mentionAt(close + 2) != null;
          close = RivalAsides.pastRelative(v, members.get(members.size() - 1).end())) {
        // "a race that includes A, which builds its own arms, and B": a relative clause does not end the list.
        List<EntityMention> more = NounPhrases.list(v, close + 2);
        if (more.isEmpty() || close == members.get(members.size() - 1).end()) {
          break;
        }
        members.addAll(more);
      }
      RivalFinder.pairs(v, subject, members.stream().filter(m -> !subject.contains(m)).toList(), out, 0.75);
    }
  }

  /** Returns where the members start after "that (also) includes", or -1 when no list of members follows. */
  private static int members(View v, int k) {
    if (!v.is(k, "that", "which")) {
      return -1;
    }
    int verb = v.words.adverbs.contains(v.low(k + 1)) ? k + 2 : k + 1;
    return v.include(verb) && v.mentionAt(verb + 1) != null ? verb + 1 : -1;
  }

  private static boolean plain(View v, int k) {
    return v.tok(k).type() == Token.Type.WORD && !v.tok(k).capitalised() && v.mention(k) == null
        || v.is(k, "-");
  }
}
