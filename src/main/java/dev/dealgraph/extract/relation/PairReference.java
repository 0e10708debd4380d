package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads rivalries whose subject is "the two", "the pair", "both", "the three" or "all three" standing for the
 * companies named together in the sentence before: "Globex and Hooli ship chips. The two companies are rivals, and
 * both are taking on Initech."
 */
final class PairReference {

  /** Nouns that may follow "the two": "the two companies", "the two labs". */
  private static final java.util.Set<String> NOUNS = java.util.Set.of("companies", "firms", "groups", "labs",
      "start-ups", "startups", "rivals", "makers", "developers", "giants", "businesses");
  /** Words that stand for a group of known size: "the pair", "the three", "all four". */
  private static final java.util.Map<String, Integer> SIZES = java.util.Map.of("two", 2, "pair", 2, "duo", 2,
      "both", 2, "three", 3, "trio", 3, "four", 4, "quartet", 4, "five", 5);

  private PairReference() {}

  /**
   * Returns the organizations "the two" or "the three" may stand for after this sentence: those named as "X and Y"
   * or "X, Y and Z" in it, or the one it opens with and the one the sentences before ended on ("Initech sells chips.
   * Hooli sells them too."), else those {@link GroupHistory} finds.
   */
  static List<EntityMention> groupOf(View v, List<EntityMention> before, Collected out) {
    List<EntityMention> stated = GroupHistory.statedPair(out);
    List<EntityMention> fallback = GroupHistory.fallback(v, out);
    List<EntityMention> joined = listOf(v);
    EntityMention possessed = GroupHistory.possessedOpening(v);
    EntityMention opening = possessed != null ? possessed : v.mentionAt(0);
    // "A competes with B, which raised money from C and D. Both …": a list of backers is no pair of rivals when the
    // rivalry or the subjects before make one.
    boolean backers = joined.stream().allMatch(m -> GroupHistory.backer(m.entity().get(), out))
        && fallback.size() == 2 && fallback.stream().noneMatch(m -> GroupHistory.backer(m.entity().get(), out));
    if (!joined.isEmpty() && !backers) {
      return joined;
    }
    if (!stated.isEmpty() || backers) {
      // "A's closest rival is B. C competes with both": the pair a rivalry joined, not the sentence's opening.
      return fallback;
    }
    if (opening == null || !organization(opening)) {
      return fallback;
    }
    EntityMention last = before.isEmpty() ? null : before.get(before.size() - 1);
    if (last == null || last.entity().equals(opening.entity())) {
      // "Initech sells chips. Its founder … Hooli sells them too": the subjects before stand in for the pair.
      return fallback.stream().anyMatch(m -> m.entity().equals(opening.entity())) ? fallback : List.of(opening);
    }
    return List.of(last, opening);
  }

  /** Returns the first list of two or more different organizations a sentence names ("A, B and C"), or none. */
  private static List<EntityMention> listOf(View v) {
    for (EntityMention m : v.mentions) {
      if (!organization(m) || v.is(m.first() - 1, ",", "and")) {
        continue;
      }
      List<EntityMention> list = NounPhrases.list(v, m.first());
      if (list.size() >= 2 && list.stream().allMatch(PairReference::organization)
          && list.stream().map(EntityMention::entity).distinct().count() == list.size()) {
        return list;
      }
    }
    return List.of();
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

  /** Adds the rivalries of a sentence that opens with a reference to {@code group}, the companies named just before. */
  static void find(View v, List<EntityMention> group, Collected out) {
    group = RivalPeers.these(v, GroupHistory.ofSize(group, openingSize(v), out), out);
    if (v.is(0, "they") && v.is(1, "all") && out.peers.isEmpty() && !out.rivalCircle.isEmpty()) {
      // "With A, and with B, and with C. They all go after the same customers": the rivals the sentence before
      // named, each of them a rival of the others.
      group = out.rivalCircle;
    }
    int k = opening(v, group.size());
    if (group.size() < 2 || k < 0) {
      return;
    }
    List<EntityMention> side = new ArrayList<>(group);
    boolean mutual = v.is(k, ",") && v.is(k + 1, "along") && v.is(k + 2, "with");
    if (mutual) {
      // "The two, along with Initech and Hooli, are competing": all of them compete.
      side.addAll(NounPhrases.list(v, k + 3));
    }
    for (var cue : v.cues) {
      EntityMention it = cue.value().startsWith("competition:") ? GroupPronoun.antecedent(v, slot(v, cue), side)
          : null;
      mutual |= it != null && GroupPronoun.reciprocal(v, cue.end());
      if (!cue.value().startsWith("competition:") || it == null && otherBefore(v, side, cue.first())
          || within(v, cue) || StatusReader.negated(v, Math.max(0, cue.first() - 6), cue.first())) {
        // "Both raised money from Globex, a rival of Hooli": the rivalry is Globex's, not the group's; "competition"
        // in "face competition from" is read with its phrase; "the two are not rivals" states none.
        continue;
      }
      List<EntityMention> rivals = it != null ? List.of(it) : rivals(v, cue);
      // "The two companies are rivals", "the pair compete for customers": rivals of each other; "both take on X":
      // of X.
      mutual |= rivals.isEmpty() && (cue.value().equals("competition:rival-noun")
          || cue.value().equals("competition:verb-with") || cue.value().equals("competition:group-race"));
      for (EntityMention a : side) {
        for (EntityMention b : rivals) {
          if (!side.contains(b)) {
            out.rivals(v, a, b, 0.8);
          }
        }
      }
    }
    if (mutual) {
      RivalFinder.all(v, side, out);
    }
  }

  /**
   * Returns the rivals a cue names: after "with" or "against" for a verb like "compete", after "of" or "to" for a
   * noun like "rivals", right after a verb like "take on"; none when the cue names none ("compete for customers").
   */
  private static List<EntityMention> rivals(View v, dev.dealgraph.extract.text.PhraseIndex.Match<String> cue) {
    int slot = slot(v, cue);
    List<EntityMention> named = slot < 0 ? List.of() : NounPhrases.phrase(v, slot);
    if (named.isEmpty()) {
      return named;
    }
    List<EntityMention> all = new ArrayList<>(named);
    all.addAll(RivalOfferings.joined(v, named.get(named.size() - 1).end()));
    return all;
  }

  /** Returns where the rivals of a cue are named, or -1 when the cue has no such place. */
  private static int slot(View v, dev.dealgraph.extract.text.PhraseIndex.Match<String> cue) {
    int from = cue.end();
    switch (cue.value()) {
      case "competition:verb-with" -> {
        from = v.is(from - 1, "with", "against") ? from - 1 : from;
        while (from < Math.min(v.size(), cue.end() + 3) && !v.is(from, "with", "against")
            && v.mention(from) == null && !Slots.boundary(v, from)) {
          from++;
        }
        return v.is(from, "with", "against") ? from + 1 : -1;
      }
      case "competition:rival-noun" -> {
        return v.is(from, "of", "to") ? from + 1 : -1;
      }
      case "competition:verb-object", "competition:noun-with", "competition:noun-from" -> {
        return from;
      }
      case "competition:face-verb" -> {
        // "The two compete directly. Both also face A and B": more rivals of the group; "both face a lawsuit" none.
        return v.is(cue.first() - 1, "also") ? from : -1;
      }
      default -> {
        return -1;
      }
    }
  }

  /**
   * Adds the rivalries whose rivals are "both companies" or "the three" standing for {@code group}, the companies
   * named just before: "Unlike Initech and Hooli, which sell to shoppers, Quanta AI sells to banks. It competes with
   * both companies for contracts."
   */
  static void asObject(View v, List<EntityMention> group, Collected out) {
    if (group.size() < 2) {
      return;
    }
    for (var cue : v.cues) {
      int slot = cue.value().startsWith("competition:") ? slot(v, cue) : -1;
      if (slot >= 0 && v.mentionAt(slot) == null && reference(v, slot, group.size()) > 0) {
        List<EntityMention> subject = RivalClauses.subject(v, cue.first());
        RivalFinder.pairs(v, subject.stream().filter(m -> !group.contains(m)).toList(), group, out, 0.75);
      }
    }
  }

  /** Returns true for a rivalry cue inside a longer one ("competition" in "competition from"). */
  private static boolean within(View v, dev.dealgraph.extract.text.PhraseIndex.Match<String> cue) {
    return v.cues.stream().anyMatch(o -> o != cue && o.value().startsWith("competition:") && o.first() <= cue.first()
        && o.end() >= cue.end() && o.end() - o.first() > cue.end() - cue.first());
  }

  /** Returns true when an organization outside the group is named before {@code k}: the cue is then its own. */
  private static boolean otherBefore(View v, List<EntityMention> side, int k) {
    for (EntityMention m : v.mentions) {
      if (m.first() < k && m.named() && !side.contains(m)) {
        return true;
      }
    }
    return false;
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

  /**
   * Returns the token after an opening reference to a group of {@code size} ("The two (companies)", "The pair",
   * "Both", "The three", "All three (labs)"), or -1 without one or when its number is another.
   */
  private static int opening(View v, int size) {
    return v.mentionAt(0) != null ? -1 : collective(v, 0) >= 0 ? collective(v, 0) : reference(v, 0, size);
  }

  /**
   * Returns the token after a reference at {@code at} to a group of any size ("All of these companies", "These
   * labs", "All of them"), or -1 without one.
   */
  static int collective(View v, int at) {
    if (v.is(at, "they") && v.is(at + 1, "all")) {
      return at + 2;
    }
    if (v.is(at, "they") && rivalryAfter(v, at + 1)) {
      // "A, B and C sell to call centres. They also face D": a plain "they" before a verb of rivalry is the group.
      return at + 1;
    }
    int k = v.is(at, "all") && v.is(at + 1, "of") && v.is(at + 2, "these", "them") ? at + 2 : at;
    if (v.is(k, "them") && k > at) {
      return k + 1;
    }
    if (!v.is(k, "these") || k == at && !NOUNS.contains(v.low(k + 1))) {
      return -1;
    }
    return NOUNS.contains(v.low(k + 1)) ? k + 2 : k + 1;
  }

  /** Returns true when a verb of rivalry follows {@code k}, past an adverb or two: "also face", "now compete". */
  private static boolean rivalryAfter(View v, int k) {
    int j = k;
    while (j < k + 2 && v.words.adverbs.contains(v.low(j))) {
      j++;
    }
    int verb = j;
    return v.cues.stream().anyMatch(c -> c.first() == verb && (c.value().equals("competition:verb-with")
        || c.value().equals("competition:verb-object") || c.value().equals("competition:face-verb")));
  }

  /** Returns the size an opening reference names ("All three", "The four labs"), or -1 without one. */
  private static int openingSize(View v) {
    Integer named = v.mentionAt(0) != null ? null : SIZES.get(v.low(v.is(0, "the", "all") ? 1 : 0));
    return named == null ? -1 : named;
  }

  /** Returns the token after a reference at {@code at} to a group of {@code size}, or -1 without one. */
  private static int reference(View v, int at, int size) {
    int k = v.is(at, "the", "all") ? at + 1 : at;
    Integer named = SIZES.get(v.low(k));
    if (named == null || named != size || v.is(at, "all") && named == 2 || k == at && !v.is(at, "both")) {
      return -1;
    }
    k++;
    if (v.is(k, "of") && v.is(k + 1, "them")) {
      k += 2;
    } else if (NOUNS.contains(v.low(k))) {
      k++;
    }
    return k;
  }

  private static boolean organization(EntityMention m) {
    return m.named() && m.form() != EntityMention.Form.PERSON && m.entity().isPresent();
  }
}
