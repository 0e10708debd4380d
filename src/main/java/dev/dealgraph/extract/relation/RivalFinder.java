package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds organizations stated to compete: "X competes with Y", "X takes on Y", "in direct competition with Y",
 * "faces competition from Y", "battle between X and Y", "X vs Y", "X's rival Y", "rivals like Y and Z",
 * "Y, a competitor of X", "the ChatGPT rival"; never mere co-occurrence.
 *
 * <p>Each kind of cue has its reader: rivalry verbs in {@link RivalVerbs}, rival nouns in {@link RivalNouns} (with
 * their owner in {@link RivalPossessed} and their preposition in {@link RivalComplements}), rivalry told across
 * sentences in {@link RivalDiscourse}, peers each given a clause after "X is far from alone" in {@link RivalPeers},
 * groups chasing one prize in {@link RivalGroups}, groups named by "the two" or "all three" in {@link PairReference}
 * (with the pronouns after them in {@link GroupPronoun}), products standing for their makers in
 * {@link RivalProducts}, rivals named through what they offer in {@link RivalOfferings}, the members a contest
 * apposed to a clause includes in {@link RivalRaceMembers}, answers to questions about rivals in
 * {@link RivalAnswers}, hidden subjects in {@link RivalClauses}, and asides inside lists and clauses in
 * {@link RivalAsides}.
 */
final class RivalFinder {

  /** Adds the rivalries of a sentence; {@code topic} is the subject of the sentences before, if any. */
  void find(View sentence, EntityMention topic, Collected out) {
    int before = out.rivals.size();
    View v = RivalDiscourse.aboutTopic(sentence, topic, out);
    RivalProducts.learn(v, out.productOwners);
    out.recentSubjects = RivalDiscourse.subjects(v, out.recentSubjects);
    List<EntityMention> awaiting = out.awaitingRivals;
    out.awaitingRivals = List.of();
    int open = RivalDiscourse.namedOpening(v);
    List<EntityMention> opening = open < 0 ? List.of() : NounPhrases.list(v, open);
    if ((opening.size() >= 2 || opening.size() == 1 && RivalDiscourse.partitive(v, open))
        && awaiting.stream().noneMatch(opening::contains)
        && java.util.stream.IntStream.range(0, v.size()).noneMatch(k -> v.words.verbs.containsKey(v.low(k)))) {
      // A sentence stating a deal names backers, not rivals.
      // "… faces competition from the largest groups. Initech, Globex and Hooli all sell …": the named examples;
      // "The largest of them, Initech, …": the one member named.
      pairs(v, awaiting, opening, out, 0.7);
    }

    RivalDiscourse.find(v, out);
    RivalAnswers.find(v, out);
    RivalRaceMembers.find(v, out);
    for (EntityMention m : v.mentions) {
      // "Initech, the Globex rival, …": an apposed description is said of the name before its comma.
      EntityMention described = m.entity().isPresent() || !v.is(m.first() - 1, ",") ? m : v.mention(m.first() - 2);
      List<EntityMention> cast = m.entity().isPresent() ? List.of() : RivalAsides.reflexive(v, m.first());
      // "Quanta AI presents itself as the rival of Globex": the description is said of the verb's subject.
      described = cast.size() == 1 ? cast.get(0) : described;
      if (m.rivalOf().isPresent() && described != null && described.entity().isPresent()) {
        EntityMention other = new EntityMention(m.first(), m.end(), EntityMention.Form.NAME,
            List.of(m.rivalOf().get()), false, java.util.Optional.empty());
        out.rivals(v, described, other, 0.75);
        if (cast.size() == 1 && v.is(m.end(), "and", ",")) {
          // "… itself as the rival of Globex and Hooli": the names joined to the description's own.
          pairs(v, cast, NounPhrases.list(v, m.end() + 1), out, 0.75);
        }
      }
    }
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (v.mention(cue.first()) != null || StatusReader.negated(v, Math.max(0, cue.first() - 6), cue.first())
          || inside(v, cue)) {
        continue;
      }
      switch (cue.value()) {
        case "competition:verb-with" -> RivalVerbs.with(v, cue, out);
        case "competition:verb-object" -> RivalVerbs.object(v, cue, out);
        case "competition:noun-with", "competition:noun-from" -> RivalComplements.after(v, cue, topic, out);
        // "a contest between Globex and Hooli, its main rival": the owner of the apposed rival noun is no member.
        case "competition:between" -> all(v, NounPhrases.phrase(v, cue.end()).stream()
            .filter(m -> m.form() != EntityMention.Form.PRONOUN || !m.possessive()).toList(), out);
        case "competition:versus" -> {
          EntityMention a = v.mention(cue.first() - 1);
          EntityMention b = v.mentionAt(v.is(cue.end(), ".") ? cue.end() + 1 : cue.end());
          if (a != null && b != null) {
            out.rivals(v, a, b, 0.85);
          }
        }
        case "competition:rival-noun" -> RivalNouns.read(v, cue, topic, out);
        case "competition:pair-noun" -> {
          joined(v, cue.first(), out);
          RivalFields.prizeBetween(v, cue.first(), out);
        }
        case "competition:crowded" -> RivalFields.crowded(v, cue, out);
        case "competition:leader-verb" -> RivalFields.leaders(v, cue, out);
        case "competition:not-alone" -> RivalDiscourse.notAlone(v, cue, out);
        case "competition:race-joiner" -> RivalDiscourse.raceJoiner(v, cue, topic, out);
        case "competition:group-race" -> RivalGroups.race(v, cue, out);
        case "competition:peer-joiner" -> RivalGroups.peers(v, cue, out);
        case "competition:face-verb" -> RivalOfferings.faced(v, cue, out);
        default -> { }
      }
    }
    if (out.rivals.size() == before) {
      RivalBackoff.find(v, out);
    }
    if (out.rivals.size() == before && out.awaitingRivals.isEmpty()) {
      // "Quanta AI faces large rivals. Initech and Hooli both …": the next sentence names them.
      out.awaitingRivals = RivalBackoff.awaiting(v);
    }
  }

  /**
   * Returns true for a rivalry verb inside a longer one that starts before it ("up against" in "goes up against"):
   * the longer one is read, with its own subject.
   */
  private static boolean inside(View v, PhraseIndex.Match<String> cue) {
    return verb(cue) && v.cues.stream().anyMatch(o -> verb(o) && o.first() < cue.first() && o.end() >= cue.end());
  }

  private static boolean verb(PhraseIndex.Match<String> cue) {
    return cue.value().equals("competition:verb-with") || cue.value().equals("competition:verb-object");
  }

  /** "The Acme-Globex rivalry", "the Acme/Globex race": two names joined by a dash right before the noun. */
  private static void joined(View v, int noun, Collected out) {
    EntityMention b = v.mention(noun - 1);
    if (b == null || b.first() < 2 || !v.is(b.first() - 1, "-", "–", "—", "/")) {
      return;
    }
    EntityMention a = v.mention(b.first() - 2);
    if (a != null) {
      out.rivals(v, a, b, 0.85);
    }
  }

  static void pairs(View v, List<EntityMention> left, List<EntityMention> right, Collected out,
      double confidence) {
    for (EntityMention a : left) {
      for (EntityMention b : right) {
        if (a != b) {
          out.rivals(v, a, b, confidence);
        }
      }
    }
  }

  static void all(View v, List<EntityMention> members, Collected out) {
    List<EntityMention> list = new ArrayList<>(members);
    for (int x = 0; x < list.size(); x++) {
      for (int y = x + 1; y < list.size(); y++) {
        out.rivals(v, list.get(x), list.get(y), 0.85);
      }
    }
  }
}
