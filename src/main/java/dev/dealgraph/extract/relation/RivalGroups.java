package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.List;

/**
 * Finds rivalry among a group said to chase one prize: "A, B and C are racing to build …" and "X is one of several
 * labs, along with Y and Z, trying to …"; a group that backs a company is left to the investment finders.
 */
final class RivalGroups {

  /** How many words a peer group ("one of several AI labs") may take before its ", along with". */
  private static final int GROUP_WORDS = 12;

  private RivalGroups() {}

  /**
   * "A, B and C are racing to build cheaper chips": every two members of the subject are rivals; "D is also now
   * vying for the same contracts" after sentences of rivalry: D is a rival of each company those sentences joined.
   */
  static void race(View v, PhraseIndex.Match<String> cue, Collected out) {
    if (v.is(cue.first() - 1, "the", "a", "an", "this", "that", "its", "their")) {
      // "Globex has fallen behind rivals A and B in the race to build …": a noun, whose race is told elsewhere.
      return;
    }
    List<EntityMention> subject = RivalClauses.subject(v, cue.first());
    if (subject.size() >= 2 && !dealAt(v, cue.end())) {
      RivalFinder.all(v, subject, out);
    } else if (subject.size() == 1 && joins(v, cue) && !RivalFields.dealBetween(v, 0, v.size())) {
      // "Tessier Capital is also vying for the same deals, backing Quanta AI": a backer chases deals, not rivals.
      for (dev.dealgraph.extract.Entity e : GroupHistory.recentRivals(out)) {
        RivalFinder.pairs(v, subject, List.of(new EntityMention(0, 0, EntityMention.Form.NAME, List.of(e), false,
            java.util.Optional.empty())), out, 0.7);
      }
    }
  }

  /** Returns true when a lone subject chases what others chase: "also vying for the same contracts". */
  private static boolean joins(View v, PhraseIndex.Match<String> cue) {
    boolean same = false;
    for (int k = cue.first(); k < Math.min(v.size(), cue.end() + 2); k++) {
      same |= v.is(k, "same");
    }
    boolean also = false;
    for (int k = Math.max(0, cue.first() - 3); k < cue.first(); k++) {
      also |= v.is(k, "also", "too", "now");
    }
    return same && also;
  }

  /**
   * "X is one of several labs, along with Y and Z, trying to sell models", "one of a few labs building models, along
   * with Y", "one of the country's leading model makers alongside Y": X and each of the named peers; investors,
   * customers and partners counted together are none.
   */
  static void peers(View v, PhraseIndex.Match<String> joiner, Collected out) {
    boolean comma = v.is(joiner.first() - 1, ",");
    PhraseIndex.Match<String> group = null;
    int head = -1;
    for (int k = joiner.first() - (comma ? 2 : 1); k >= Math.max(0, joiner.first() - GROUP_WORDS) && group == null;
        k--) {
      head = head < 0 && v.words.pluralHeads.contains(v.low(k)) ? k : head;
      if (v.mention(k) != null || v.words.investorNouns.contains(v.low(k)) || v.words.partyNouns.contains(v.low(k))) {
        // "one of several investors, along with Y, backing Z" counts backers, who are not rivals.
        return;
      }
      group = v.cueAt("competition:peer-group", k);
    }
    List<EntityMention> named = NounPhrases.list(v, joiner.end());
    if (group == null || named.isEmpty()) {
      return;
    }
    int after = named.get(named.size() - 1).end();
    after = v.is(after, ",") ? after + 1 : after;
    int activity = after < v.size() && v.words.participle(v.low(after)) ? after : -1;
    for (int k = group.end(); k < joiner.first() && activity < 0; k++) {
      // "one of a handful of labs building models, along with Y".
      activity = v.words.participle(v.low(k)) ? k : -1;
    }
    if (activity < 0 && !comma && head > group.first()) {
      // "X is one of the country's leading model makers alongside A and B": peers in the kind of business named.
      activity = head;
    }
    if (activity >= 0 && !dealAt(v, activity)) {
      RivalFinder.pairs(v, RivalClauses.subject(v, group.first()), named, out, 0.75);
    }
  }

  /** Returns true when the words at {@code k} state a deal ("to back", "backing", "to invest in"). */
  private static boolean dealAt(View v, int k) {
    int w = v.is(k, "to") ? k + 1 : k;
    return w < v.size() && (v.words.verbs.containsKey(v.low(w)) || v.cueAt("trigger:noun", w) != null);
  }
}
