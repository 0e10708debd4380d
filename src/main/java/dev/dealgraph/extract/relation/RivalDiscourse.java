package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds rivalry told across a sentence or two rather than by one rivalry word: "X is not alone. Y and Z are also
 * racing …", "Y and Z are also in the race", "the deal pits X against Y".
 */
final class RivalDiscourse {

  /** How many words may stand between the object of "pits" and its "against". */
  private static final int GAP = 4;
  /** How many words a described group opening a sentence may take ("The largest labs"). */
  private static final int DESCRIBED = 5;
  /** How many words a phrase fronted before the subject may take. */
  private static final int OPENER = 16;

  private RivalDiscourse() {}

  /** Pairs the organizations a "not alone" before this sentence awaits, and reads "pits X against Y". */
  static void find(View v, Collected out) {
    List<EntityMention> alone = out.notAlone;
    out.notAlone = List.of();
    List<EntityMention> others = alone.isEmpty() ? List.of() : othersAlike(v, 0);
    if (!others.isEmpty()) {
      RivalFinder.pairs(v, alone, others, out, 0.7);
    } else if (!alone.isEmpty()) {
      RivalPeers.start(v, alone, out);
    } else {
      RivalPeers.next(v, out);
    }
    for (int k = 0; k < v.size(); k++) {
      if (v.cueAt("competition:pit-verb", k) != null && !v.is(k + 1, "against") && v.mention(k) == null) {
        pits(v, k, out);
      }
    }
  }

  /**
   * "X is not alone: Y is also …" pairs X with the others at once; "X is not alone." leaves X to the next
   * sentence, whose opening names doing the same thing are its rivals.
   */
  static void notAlone(View v, PhraseIndex.Match<String> cue, Collected out) {
    List<EntityMention> subject = RivalClauses.subject(v, cue.first());
    for (int k = cue.end(); k < v.size(); k++) {
      if (v.is(k, ":", ";", "--", "\u2014") || v.is(k, "-") && v.tok(k).spaceBefore()) {
        // "X is not the only one chasing the prize: Y and Z are pursuing the same customers".
        RivalFinder.pairs(v, subject, othersAlike(v, k + 1), out, 0.7);
        return;
      }
      if (v.mention(k) != null) {
        return;
      }
    }
    int k = cue.end();
    if (k >= v.size() || v.is(k, ".", "!") || v.is(k, "in") && v.words.participle(v.low(k + 1))) {
      // "X is not alone." or "… not alone in chasing Y": the next sentence may name the others; "not alone in
      // Lisbon" speaks of a place, not of rivals.
      out.notAlone = subject;
    }
  }

  /** "The deal pits the online retailer more squarely against Microsoft": the object and the one after "against". */
  private static void pits(View v, int verb, Collected out) {
    List<EntityMention> a = NounPhrases.phrase(v, verb + 1);
    if (a.isEmpty()) {
      return;
    }
    for (int k = a.get(a.size() - 1).end(); k < Math.min(v.size(), a.get(a.size() - 1).end() + GAP); k++) {
      if (v.is(k, "against")) {
        RivalFinder.pairs(v, a, NounPhrases.phrase(v, k + 1), out, 0.85);
        return;
      }
    }
  }

  /** "Baichuan and MiniMax are also in the race", "Hooli joined the race": rivals of the article's subject. */
  static void raceJoiner(View v, PhraseIndex.Match<String> cue, EntityMention topic, Collected out) {
    boolean joins = v.is(cue.first(), "joined", "joins", "joining", "entered", "enters", "entering");
    boolean alike = false;
    for (int k = 0; k < v.size(); k++) {
      alike |= v.cueAt("competition:same-race", k) != null && !v.is(k, "same");
    }
    List<EntityMention> subject = Slots.subject(v, cue.first());
    if (topic != null && (joins || alike) && !subject.isEmpty()
        && subject.stream().noneMatch(m -> m.entity().equals(topic.entity()))) {
      RivalFinder.pairs(v, List.of(topic), subject, out, 0.7);
    }
  }

  /**
   * Returns the organizations a clause from {@code from} names as doing the same thing ("Anthropic and Mistral
   * are also racing to …"): its subject, when a same-race word ("also", "too") follows and no investment is
   * stated; otherwise none.
   */
  private static List<EntityMention> othersAlike(View v, int from) {
    EntityMention first = null;
    for (int k = from; k < v.size() && first == null; k++) {
      EntityMention m = v.mention(k);
      if (m != null && m.named() && !m.possessive() && m.form() != EntityMention.Form.PERSON
          && !Slots.objectOfPreposition(v, m)) {
        first = m;
      } else if (v.is(k, ".", ";", ":") && k > from) {
        return List.of();
      }
    }
    if (first == null) {
      return List.of();
    }
    List<EntityMention> named = NounPhrases.list(v, first.first());
    int end = named.isEmpty() ? first.end() : named.get(named.size() - 1).end();
    boolean alike = false;
    for (int k = end; k < v.size() && !v.is(k, ".", ";"); k++) {
      if (v.words.verbs.containsKey(v.low(k)) && !v.is(k, "racing", "race", "races", "raced")
          || v.cueAt("trigger:noun", k) != null || v.cueAt("trigger:round-noun", k) != null) {
        // "Nvidia and Microsoft also invested": those others back someone, they are not rivals.
        return List.of();
      }
      alike |= v.cueAt("competition:same-race", k) != null;
    }
    return alike ? named : List.of();
  }

  /**
   * Returns the sentence with its opening "It" or "The startup" read as the article's subject when that is one of
   * its readings and the best one is a company only mentioned in passing before ("… partnered with OpenAI. The
   * startup is also up against X"); a rivalry sentence about the subject of one of the last two sentences stays.
   * After a fronted phrase ("Backed by Globex, the startup competes with X"), or in the sentence after one, the
   * subject is never a company that phrase names.
   */
  static View aboutTopic(View v, EntityMention topic, Collected out) {
    int open = openerEnd(v);
    List<String> fronted = new ArrayList<>(out.frontedBefore);
    // "For Tesla, the vote …" fronts the company the sentence is about, which a later "its" may well mean.
    v.mentions.stream().filter(m -> m.end() <= open && m.named() && m.entity().isPresent() && !forTopic(v, m))
        .forEach(m -> fronted.add(m.entity().get().name()));
    out.frontedBefore = fronted.subList(out.frontedBefore.size(), fronted.size());
    EntityMention lead = v.mentionAt(open + 1);
    if (lead == null || lead.entity().isEmpty()
        || lead.form() != EntityMention.Form.DESCRIPTION && lead.form() != EntityMention.Form.PRONOUN
        || v.cues.stream().noneMatch(c -> c.value().startsWith("competition:"))) {
      return v;
    }
    String best = lead.entity().get().name();
    String subject = topic == null ? null : topic.entity().map(Entity::name).orElse(null);
    boolean passing = subject != null && !best.equals(subject) && !out.recentSubjects.contains(best)
        && lead.candidates().stream().anyMatch(e -> e.name().equals(subject));
    if (!fronted.contains(best) && !passing) {
      return v;
    }
    // "Founded by former Globex engineers, Tarn builds … It competes with X": "it" is never Globex.
    List<Entity> readings = new ArrayList<>();
    if (subject != null && !fronted.contains(subject)) {
      readings.add(topic.entity().get());
    }
    lead.candidates().stream().filter(e -> !e.name().equals(subject) && !fronted.contains(e.name()))
        .forEach(readings::add);
    List<EntityMention> mentions = new ArrayList<>(v.mentions);
    mentions.set(mentions.indexOf(lead), new EntityMention(lead.first(), lead.end(), lead.form(), readings,
        lead.possessive(), lead.rivalOf()));
    return new View(v.sentence, v.words, mentions, v.money);
  }

  /**
   * Returns the comma that closes a phrase fronted before the subject ("Founded by former Globex engineers,",
   * "Unlike Globex,", "After a deal with Globex,"), or -1 when the sentence opens with its subject.
   */
  static int openerEnd(View v) {
    String first = v.low(0);
    boolean fronted = v.mentionAt(0) == null && (v.words.prepositions.contains(first) || first.endsWith("ed")
        || v.words.participle(first) || v.words.subordinators.contains(first));
    for (int k = 1; fronted && k < Math.min(v.size(), OPENER); k++) {
      if (v.is(k, ",")) {
        return k;
      }
      EntityMention m = v.mentionAt(k);
      String next = m == null ? "" : v.low(m.end());
      if (Slots.boundary(v, k) && !v.is(k, "-") || m != null && (v.words.verbs.containsKey(next)
          || v.words.auxiliaries.contains(next) || v.copula(m.end()) || next.endsWith("ed"))) {
        // "In June 2023 Inflection raised …": a name with its own verb is the subject, not part of a fronted phrase.
        return -1;
      }
    }
    return -1;
  }

  /** Returns the subject of this sentence (its first mention outside a prepositional phrase) and of the one before. */
  static List<String> subjects(View v, List<String> before) {
    String last = before.isEmpty() ? null : before.get(before.size() - 1);
    int open = openerEnd(v);
    for (EntityMention m : v.mentions) {
      if (m.entity().isPresent() && (forTopic(v, m) || !Slots.objectOfPreposition(v, m) && m.first() > open)) {
        String name = m.entity().get().name();
        return last == null || last.equals(name) ? List.of(name) : List.of(last, name);
      }
    }
    return last == null ? List.of() : List.of(last);
  }

  /** Returns true for the company that "For X," opens a sentence with: the sentence is about it. */
  private static boolean forTopic(View v, EntityMention m) {
    return m.first() == 1 && v.is(0, "for") && v.is(m.end(), ",");
  }

  /**
   * Returns where the names opening a sentence start: at its first word, after a pronoun that points to them
   * ("Those – A, B and C – still win most contracts", "They are A, B and C") or after a described group they belong
   * to ("The largest labs, A and B among them, …"); -1 when it opens otherwise.
   */
  static int namedOpening(View v) {
    if (v.mentionAt(0) != null) {
      return 0;
    }
    int described = describedOpening(v);
    if (described > 0) {
      return described;
    }
    int k = v.is(0, "those", "these", "they", "them") ? 1 : -1;
    k = k > 0 && (v.copula(k) || v.include(k)) ? k + 1 : k;
    k = k > 0 && v.is(k, "–", "—", "-", "--", ":") ? k + 1 : k;
    return k > 0 && v.mentionAt(k) != null ? k : -1;
  }

  /**
   * Returns true when the names at {@code open} are apposed to a part of the group named before ("The largest of
   * them, A, …", "One of these, A, …"): a single name then stands for that group's member.
   */
  static boolean partitive(View v, int open) {
    for (int k = 1; k + 1 < open; k++) {
      if (v.is(k, "of") && v.is(k + 1, "them", "these", "those")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns where the names apposed to a described group or a part of it opening the sentence start: "The largest
   * labs, A and B among them, …", "Two larger groups, A and B, …", "One of them, A, …"; -1 without such an opening.
   */
  private static int describedOpening(View v) {
    int k = v.is(0, "the", "two", "three", "several", "some", "one") ? 1 : 0;
    int words = 0;
    while (k < Math.min(v.size(), DESCRIBED) && v.tok(k).type() == dev.dealgraph.extract.text.Token.Type.WORD
        && !v.tok(k).capitalised() && v.mention(k) == null) {
      k++;
      words++;
    }
    return k > 0 && words > 0 && v.is(k, ",") && v.mentionAt(k + 1) != null ? k + 1 : -1;
  }
}
