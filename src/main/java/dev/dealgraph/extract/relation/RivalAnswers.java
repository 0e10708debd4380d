package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads rivals named in the answer to a question about them, as interviews put it: "Who does Quanta AI compete with?"
 * followed by "With Initech, obviously, and with Hooli's robots …" makes Initech and Hooli Quanta AI's rivals.
 */
final class RivalAnswers {

  /** How far after the first rival a repeated "with" may name another. */
  private static final int REACH = 40;

  private RivalAnswers() {
  }

  /**
   * Pairs the company a question before asked about with the rivals an answer opening with "With" names, then
   * records the company this sentence asks about, if it is such a question.
   */
  static void find(View v, Collected out) {
    List<EntityMention> asked = out.askedRivals;
    out.askedRivals = question(v);
    if (asked.isEmpty() || !v.is(0, "with") || v.mentionAt(0) != null) {
      return;
    }
    List<EntityMention> named = NounPhrases.phrase(v, 1);
    if (named.isEmpty()) {
      return;
    }
    List<EntityMention> rivals = new ArrayList<>(named);
    // "With Initech, obviously, and with Hooli's robots, and with Vandelay Labs, which …": each "and with" adds one.
    int last = named.get(named.size() - 1).end();
    for (int k = last; k < Math.min(v.size(), last + REACH) && !v.is(k, ";", ".", "?", ":"); k++) {
      if (v.is(k, "with") && v.is(k - 1, "and")) {
        rivals.addAll(NounPhrases.phrase(v, k + 1));
      }
    }
    RivalFinder.pairs(v, asked, rivals, out, 0.75);
  }

  /**
   * Returns the one organization a question ending on a rivalry verb's "with" asks about ("Who does Quanta AI
   * actually compete with?"), or none.
   */
  private static List<EntityMention> question(View v) {
    int end = v.size() - 1;
    if (end < 2 || !v.is(end, "?") || !v.is(end - 1, "with")
        || v.cues.stream().noneMatch(c -> c.value().equals("competition:verb-with") && c.end() >= end - 1)) {
      return List.of();
    }
    List<EntityMention> named = v.mentions.stream()
        .filter(m -> m.named() && m.form() != EntityMention.Form.PERSON && m.entity().isPresent()).toList();
    return named.size() == 1 ? named : List.of();
  }
}
