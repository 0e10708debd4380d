package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads rivalries whose subject is "the two" or "both" standing for two companies named together in the sentence
 * before: "Globex and Hooli ship chips. The two companies are rivals, and both are taking on Initech."
 */
final class PairReference {

  /** Nouns that may follow "the two": "the two companies", "the two labs". */
  private static final java.util.Set<String> NOUNS = java.util.Set.of("companies", "firms", "groups", "labs",
      "start-ups", "startups", "rivals", "makers", "developers", "giants", "businesses");

  private PairReference() {}

  /**
   * Returns the two organizations "the two" may stand for after this sentence: those named as "X and Y" in it, or
   * the one it opens with and the one the sentences before ended on ("Initech sells chips. Hooli sells them too.").
   */
  static List<EntityMention> pairOf(View v, List<EntityMention> before) {
    List<EntityMention> joined = pairOf(v);
    EntityMention opening = v.mentionAt(0);
    if (!joined.isEmpty() || opening == null || !organization(opening)) {
      return joined;
    }
    EntityMention last = before.isEmpty() ? null : before.get(before.size() - 1);
    return last == null || last.entity().equals(opening.entity()) ? List.of(opening) : List.of(last, opening);
  }

  /** Returns the two organizations named as "X and Y" in a sentence, or an empty list. */
  static List<EntityMention> pairOf(View v) {
    for (int k = 0; k + 2 < v.size(); k++) {
      EntityMention a = v.mentionAt(k);
      if (a != null && organization(a) && v.is(a.end(), "and") && v.mentionAt(a.end() + 1) != null
          && organization(v.mentionAt(a.end() + 1)) && (!v.is(v.mentionAt(a.end() + 1).end(), ",", "and")
          || v.is(v.mentionAt(a.end() + 1).end() + 1, "two"))) {
        return List.of(a, v.mentionAt(a.end() + 1));
      }
    }
    return List.of();
  }

  /** Adds the rivalries of a sentence that opens with a reference to {@code pair}, the pair named just before. */
  static void find(View v, List<EntityMention> pair, Collected out) {
    int k = opening(v);
    if (pair.size() != 2 || k < 0) {
      return;
    }
    List<EntityMention> side = new ArrayList<>(pair);
    boolean mutual = v.is(k, ",") && v.is(k + 1, "along") && v.is(k + 2, "with");
    if (mutual) {
      // "The two, along with Initech and Hooli, are competing": all of them compete.
      side.addAll(NounPhrases.list(v, k + 3));
    }
    for (var cue : v.cues) {
      if (!cue.value().startsWith("competition:")) {
        continue;
      }
      int from = cue.end();
      while (from < Math.min(v.size(), cue.end() + 3) && !v.is(from, "with", "against")
          && v.mentionAt(from) == null && !Slots.boundary(v, from)) {
        from++;
      }
      List<EntityMention> rivals = NounPhrases.phrase(v, v.is(from, "with", "against") ? from + 1 : from);
      // "The two companies are rivals", "the two are competing": rivals of each other; "both take on X": of X.
      mutual |= cue.value().equals("competition:rival-noun") && rivals.isEmpty()
          || cue.value().equals("competition:verb-with") && rivals.isEmpty();
      for (EntityMention a : side) {
        for (EntityMention b : rivals) {
          if (!side.contains(b)) {
            out.rivals(v, a, b, 0.8);
          }
        }
      }
    }
    if (mutual) {
      for (int x = 0; x < side.size(); x++) {
        for (int y = x + 1; y < side.size(); y++) {
          out.rivals(v, side.get(x), side.get(y), 0.8);
        }
      }
    }
  }

  /**
   * Pairs two companies named together with a later "two competitors" of the same sentence: "Google and Amazon have
   * both invested in it, an arrangement in which two cloud competitors share a stake", "X and Y, two companies that
   * compete in cloud computing".
   */
  static void within(View v, Collected out) {
    List<EntityMention> pair = pairOf(v);
    if (pair.size() != 2) {
      pair = firstTwo(v);
    }
    if (pair.size() != 2) {
      return;
    }
    for (int t = pair.get(1).end(); t + 1 < v.size(); t++) {
      if (!v.is(t, "two") || !v.is(t - 1, "which", "the", ",", "as", "are", "were", "who")) {
        continue;
      }
      int h = t + 1;
      while (h < Math.min(v.size(), t + 4) && v.mention(h) == null && v.cueAt("competition:rival-noun", h) == null
          && !v.is(h, "that", "which", "who") && v.cueAt("competition:verb-with", h) == null
          && v.tok(h).type() == dev.dealgraph.extract.text.Token.Type.WORD && !v.tok(h).capitalised()) {
        h++;
      }
      boolean plural = v.cueAt("competition:rival-noun", h) != null && v.low(h).endsWith("s")
          && !v.is(h + 1, "of", "to");
      // "Google and Amazon, two companies that compete in cloud computing".
      // "Hooli partners with Globex even as the two compete for customers".
      boolean competing = v.is(h, "that", "which", "who") && v.cueAt("competition:verb-with", h + 1) != null
          || v.cueAt("competition:verb-with", h) != null && (h == t + 1 || NOUNS.contains(v.low(h - 1)));
      if (plural || competing) {
        out.rivals(v, pair.get(0), pair.get(1), 0.75);
        return;
      }
    }
  }

  /** Returns the first two different organizations a sentence names, or fewer. */
  private static List<EntityMention> firstTwo(View v) {
    List<EntityMention> out = new ArrayList<>();
    for (EntityMention m : v.mentions) {
      if (organization(m) && (out.isEmpty() || !out.get(0).entity().equals(m.entity())) && out.size() < 2) {
        out.add(m);
      }
    }
    return out;
  }

  /** Returns the token after an opening "The two (companies)" or "Both (companies)", or -1 without one. */
  private static int opening(View v) {
    int k = v.is(0, "the") && v.is(1, "two") ? 2 : v.is(0, "both") ? 1 : -1;
    if (k > 0 && v.mentionAt(0) == null && NOUNS.contains(v.low(k))) {
      k++;
    }
    return k > 0 && v.mentionAt(0) == null ? k : -1;
  }

  private static boolean organization(EntityMention m) {
    return m.named() && m.form() != EntityMention.Form.PERSON && m.entity().isPresent();
  }
}
