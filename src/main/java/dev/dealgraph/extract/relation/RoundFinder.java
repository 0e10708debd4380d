package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds funding rounds and their investors: "Y raised $N in a Series B led by X, with participation from Z" and
 * "Y raised $N from X" here; a lead or a participation ("X led Y's $N round", "X joined the round") in
 * {@link RoundLead}; a round noun ("Y's round could close at around $N") and "came from" in {@link RoundNoun}; a
 * sentence that opens with its list of participants in {@link OpeningList}.
 */
final class RoundFinder {

  private static final int OBJECT_REACH = 15;

  private final Vocabulary words;

  RoundFinder(Vocabulary words) {
    this.words = words;
  }

  /** Adds the rounds of a sentence and the investments of their leads; returns the tokens it used. */
  boolean[] find(View v, int sentence, Collected out) {
    boolean[] consumed = new boolean[v.size()];
    for (int i = 0; i < v.size(); i++) {
      Verb verb = v.mention(i) == null ? words.verbs.get(v.low(i)) : null;
      if (verb != null && verb.section().equals("verb-receive")) {
        receive(v, sentence, i, verb, consumed, out);
      } else if (verb != null && verb.section().equals("verb-round") && !v.is(i + 1, "by")
          && !(i <= 1 && v.is(i, "participating", "joining"))) {
        // "Also participating in the round were X" opens the sentence with its list: see OpeningList. A role
        // after "as" is a noun, "with X acting as co-leads", and "X served as co-lead" joins the round before.
        // "X co-led the round": the prefix, split off by its hyphen, opens the verb.
        int head = v.is(i - 1, "-") && v.is(i - 2, "co") ? i - 2 : i;
        if (!v.is(head - 1, "as")) {
          RoundLead.lead(v, sentence, head, i + 1, verb, consumed, out);
        } else if (v.is(head - 2, "served", "acted")) {
          RoundLead.lead(v, sentence, head, i + 1, null, consumed, out);
        }
      }
    }
    for (int i = 1; i + 2 < v.size(); i++) {
      if (v.is(i, "came", "come", "comes", "coming") && v.is(i + 1, "from")
          && (v.mention(i + 2) != null || Vehicles.owner(v, i + 2) >= 0)) {
        RoundNoun.cameFrom(v, sentence, i, out);
      }
    }
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (cue.value().equals("trigger:round-announce") && !consumed[cue.first()]
          && AnnouncedRound.funding(v, cue.end())) {
        receive(v, sentence, cue.first(), null, consumed, out);
      }
    }
    OpeningList.find(v, sentence, out);
    ColonList.find(v, sentence, out);
    Launch.find(v, sentence, out);
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (cue.value().equals("trigger:round-phrase")) {
        RoundLead.lead(v, sentence, cue.first(), cue.end(), null, consumed, out);
      }
    }
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (cue.value().equals("trigger:round-noun") && !consumed[cue.first()] && v.mention(cue.first()) == null) {
        RoundNoun.roundNoun(v, sentence, cue, consumed, out);
      }
    }
    return consumed;
  }

  /** "Y raised $N (in a Series B) from X / led by X, with participation from Z". */
  private void receive(View v, int sentence, int i, Verb verb, boolean[] consumed, Collected out) {
    if (v.cueAt("trigger:round-phrase", i) != null) {
      // "took part in the round" joins a round; "took $N from X" receives.
      return;
    }
    List<EntityMention> subject = Slots.subject(v, i);
    if (v.is(i - 1, "to") && !subject.isEmpty()
        && v.include(Slots.coordinated(v, subject.get(0)).get(0).first() - 1)) {
      // "in talks with backers that include X and Y to raise $N": the company in talks raises, not a listed backer.
      subject = Slots.mainSubject(v, -1);
    }
    if (subject.size() != 1 || subject.get(0).entity().map(e -> e.kind() == dev.dealgraph.extract.EntityKind.PERSON)
        .orElse(true) || RoundSubject.between(v, subject.get(0).end(), i)) {
      return;
    }
    Optional<Amount> total = Optional.empty();
    boolean funding = false;
    int limit = Math.min(v.size(), i + OBJECT_REACH);
    int k = i + 1;
    List<Integer> nouns = new ArrayList<>();
    for (; k < limit && (!Slots.boundary(v, k) || v.is(k, "(", ")")) && !v.is(k, "from", "led", "by", "with", ",")
        && !(v.is(k, "and") && v.mention(k + 1) == null && v.money(k + 1) == null); k++) {
      Money m = v.money(k);
      if (m != null && total.isEmpty() && m.role().investable()) {
        total = m.amount();
        funding |= m.amount().isPresent() || m.vague();
      }
      if (v.is(k, "stake", "stakes", "holding", "shares")) {
        // "took a $1 billion stake in Y": the subject buys into someone else, it raises nothing.
        return;
      }
      funding |= RoundParts.FUNDING.contains(v.low(k));
      if (RoundParts.FUNDING.contains(v.low(k)) || v.cueAt("trigger:round-noun", k) != null) {
        nouns.add(k);
      }
      if (v.mention(k) != null && !v.mention(k).possessive()) {
        break;
      }
    }
    boolean relativised = false;
    if (!funding && total.isEmpty()) {
      // "the $2 billion that Acme raised from investors including X": the sum is the relative clause's antecedent.
      total = ClauseShapes.relativisedAmount(v, subject.get(0).first());
      funding = relativised = total.isPresent() && v.is(k, "from");
    }
    if (!funding || v.is(k, "to") && v.mention(k + 1) != null
        || v.is(k - 1, "in", "into") && v.mentionAt(k) != null && !v.mention(k).possessive()) {
      // "completes its $N investment in Y": the subject puts money into another company, it raises nothing.
      return;
    }
    nouns.forEach(n -> consumed[n] = true);
    RoundAgents agents = RoundAgents.read(v, i + 1, k + 3);
    if (relativised && agents.from().isEmpty() && agents.participants().isEmpty()) {
      // "the $2 billion that Acme raised from selling chips" names no round.
      return;
    }
    Reading reading = StatusReader.read(v, InvestmentFinder.from(v, subject, i), i, i + 1, agents.end() + 1, verb, -1);
    if (reading.denied()) {
      return;
    }
    EntityMention investee = subject.get(0);
    out.rounds.add(new Finding.Round(investee.entity(), RoundParts.series(v, i + 1, limit), total,
        RoundParts.valuation(v),
        RoundParts.entities(agents.leads()), RoundParts.entities(agents.participants()), v.evidence(0.85), sentence));
    Set<EntityMention> all = new LinkedHashSet<>(agents.leads());
    all.addAll(agents.participants());
    all.addAll(agents.from());
    // "raised $1 billion, including $300 million from X": a second sum before the source is the source's own.
    boolean secondSum = v.money.stream().filter(m -> m.first() > i && m.first() < agents.end()).count() > 1;
    for (EntityMention investor : all) {
      Optional<Amount> own = all.size() == 1 && agents.from().size() == 1 && !agents.shared() && !secondSum ? total
          : Optional.empty();
      out.deal(v, sentence, investor, investee, own, reading);
    }
  }
}
