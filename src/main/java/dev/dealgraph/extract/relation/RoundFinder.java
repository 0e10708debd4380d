package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.AmountRole;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds funding rounds and their investors: "Y raised $N in a Series B led by X, with participation from Z",
 * "Y raised $N from X", "X led Y's $N round", "X joined the round", "Y's round could close at around $N".
 *
 * <p>Longer than most files because the four round frames (a raise, a lead or participation, a round noun, "came
 * from") share the reading of the round's series, total and valuation; a sentence that opens with its list of
 * participants is read apart, in {@link OpeningList}.
 */
final class RoundFinder {

  private static final int OBJECT_REACH = 15;
  private static final Set<String> FUNDING = Set.of("funding", "financing", "capital", "investment", "investments",
      "cash", "backing", "money", "round", "seed", "series");

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
          lead(v, sentence, head, i + 1, verb, consumed, out);
        } else if (v.is(head - 2, "served", "acted")) {
          lead(v, sentence, head, i + 1, null, consumed, out);
        }
      }
    }
    for (int i = 1; i + 2 < v.size(); i++) {
      if (v.is(i, "came", "come", "comes", "coming") && v.is(i + 1, "from")
          && (v.mention(i + 2) != null || Vehicles.owner(v, i + 2) >= 0)) {
        cameFrom(v, sentence, i, out);
      }
    }
    OpeningList.find(v, sentence, out);
    Launch.find(v, sentence, out);
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (cue.value().equals("trigger:round-phrase")) {
        lead(v, sentence, cue.first(), cue.end(), null, consumed, out);
      }
    }
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (cue.value().equals("trigger:round-noun") && !consumed[cue.first()] && v.mention(cue.first()) == null) {
        roundNoun(v, sentence, cue, consumed, out);
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
        .orElse(true)) {
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
      funding |= FUNDING.contains(v.low(k));
      if (FUNDING.contains(v.low(k)) || v.cueAt("trigger:round-noun", k) != null) {
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
    out.rounds.add(new Finding.Round(investee.entity(), series(v, i + 1, limit), total, valuation(v),
        entities(agents.leads()), entities(agents.participants()), v.evidence(0.85), sentence));
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

  /** "X led Y's $N Series C", "X joined the round", "X participated in the round for Y". */
  private void lead(View v, int sentence, int i, int end, Verb verb, boolean[] consumed, Collected out) {
    int limit = Math.min(v.size(), end + 14);
    int anchor = -1;
    EntityMention investee = null;
    Optional<Amount> total = Optional.empty();
    for (int k = end; k < limit && (!Slots.boundary(v, k) || v.is(k, "(", ")")); k++) {
      EntityMention m = v.mention(k);
      if (m != null && m.possessive()) {
        investee = m;
      }
      Money money = v.money(k);
      if (money != null && money.role().investable() && total.isEmpty()) {
        total = money.amount();
      }
      if (v.cueAt("trigger:round-noun", k) != null) {
        anchor = k;
        for (int c = k; c < Math.min(v.size(), k + 4) && v.mention(c) == null; c++) {
          consumed[c] = true;
        }
        break;
      }
    }
    if (anchor < 0) {
      // "X, Y and Z also participated." / "…also took part": a round named before.
      // "X joined as chief scientist" is a hire; "X joined as a new investor" joins the round.
      // "X led, with Y following on": a lead with no object leads the round named before.
      // "X and Y led it", "X co-led it with Y": the pronoun stands for that round.
      boolean pronoun = RoundPronoun.object(v, end);
      List<EntityMention> with = pronoun ? RoundPronoun.partners(v, end + 1) : List.of();
      end = pronoun ? end + 1 : end;
      boolean bareLead = verb != null && verb.lemma().endsWith("lead")
          && (end >= v.size() || v.is(end, ".", ",") || pronoun);
      boolean joins = (verb == null || !verb.lemma().endsWith("lead") || bareLead)
          && (!v.is(end, "as") || v.is(end + 1, "well") || asInvestor(v, end + 1));
      List<EntityMention> fellows = joins ? fellowInvestors(v, end) : List.of();
      if (joins && fellows.isEmpty() && Slots.subject(v, i).isEmpty()) {
        // "Several funds took part, among them X and Y", "A roster of banks came in behind them, including X".
        fellows = namedMembers(v, end);
      }
      // "…participated alongside J", "…came in as new investors; …": who joins and how, never a company.
      if (joins && (pronoun || end >= v.size() || v.is(end, ".", ",", ";", "again", "too", "as", "alongside", "with")
          || !fellows.isEmpty() || v.cueAt("trigger:participation", end) != null)) {
        List<EntityMention> investors = new ArrayList<>(Slots.subject(v, i));
        investors.addAll(fellows);
        investors.addAll(with);
        investors.addAll(NounPhrases.coInvestors(v, end));
        Reading reading = StatusReader.read(v, InvestmentFinder.from(v, investors, i), i, end, end, verb, -1);
        if (!reading.denied()) {
          Reading joined = OpeningList.joined(reading);
          if (bareLead) {
            // "X and Y led it": the leads of the round named before, whose company the context gives.
            out.rounds.add(new Finding.Round(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                entities(Slots.subject(v, i)), entities(with), v.evidence(0.7), sentence));
          }
          // "made significant investments" joined the round: its noun states no deal of its own.
          java.util.Arrays.fill(consumed, i, end, true);
          // "X, Y and Z took part, Acme said": the company that speaks of the round raised it.
          EntityMention speaker = Speaker.company(v, end, investors);
          for (EntityMention investor : investors) {
            if (speaker != null) {
              out.deal(v, sentence, investor, speaker, Optional.empty(), joined);
            } else {
              out.implicitDeal(v, sentence, investor, Optional.empty(), joined);
            }
          }
        }
      }
      return;
    }
    if (investee == null) {
      List<EntityMention> after = afterRound(v, anchor);
      investee = after.isEmpty() ? null : after.get(0);
    }
    // "Acme got X to lead its Series D": the company that brought the investors in raised the round.
    Optional<Recruited> recruiter = Recruited.before(v, i);
    investee = recruiter.map(Recruited::company).orElse(investee);
    List<EntityMention> subject = recruiter.map(Recruited::investors).orElseGet(() -> Slots.subject(v, i));
    List<EntityMention> investors = new ArrayList<>(subject);
    List<EntityMention> joined = new ArrayList<>();
    if (!subject.isEmpty()) {
      joined.addAll(NounPhrases.coInvestors(v, anchor + 1));
      // "X led the round, with participation from Y and Z"; "X co-led the round with Y".
      List<EntityMention> more = new ArrayList<>(RoundAgents.read(v, anchor + 1, -1).participants());
      if (v.is(i, "co") && v.is(anchor + 1, "with")) {
        more.addAll(NounPhrases.list(v, anchor + 2));
      }
      more.stream().filter(m -> !joined.contains(m)).forEach(joined::add);
    }
    investors.addAll(joined);
    Reading reading = StatusReader.read(v, InvestmentFinder.from(v, investors, i), i, i + 1,
        StatusReader.after(v, anchor + 1), verb, -1);
    if (investors.isEmpty() && !reading.denied() && investee != null && ClauseShapes.describedSubject(v, i)) {
      // "Gulf fund leads $600m round in Y": the round is context for the body that names the fund.
      out.rounds.add(new Finding.Round(out.receiving(v, investee), series(v, i, anchor + 2), total, valuation(v),
          List.of(), List.of(), v.evidence(0.8), sentence));
      return;
    }
    if (investors.isEmpty() || reading.denied()) {
      return;
    }
    if (recruiter.filter(Recruited::done).isPresent()) {
      reading = new Reading(Optional.of(dev.dealgraph.extract.Status.COMPLETED), false, reading.era(),
          reading.tranche());
    }
    boolean leads = verb != null && verb.lemma().endsWith("lead");
    out.rounds.add(new Finding.Round(investee == null ? Optional.empty() : out.receiving(v, investee, investors),
        series(v, i, anchor + 2),
        // "X led the round, joined by Y and Z": only the subject leads.
        total, valuation(v), leads ? entities(subject) : List.of(), leads ? entities(joined) : entities(investors),
        v.evidence(0.8), sentence));
    // "X agreed to lead the round with about $1 billion": the figure after "with" is the lone investor's own.
    Optional<Amount> own = investors.size() == 1 ? ownShare(v, anchor + 1) : Optional.empty();
    for (EntityMention investor : investors) {
      if (investee != null) {
        out.deal(v, sentence, investor, investee, own, reading);
      } else {
        out.implicitDeal(v, sentence, investor, own, reading);
      }
    }
  }

  /** Returns true when an investor noun or a lead follows within a few words: "as a new investor", "as co-lead". */
  private static boolean asInvestor(View v, int from) {
    for (int k = from; k < Math.min(v.size(), from + 4) && !Slots.boundary(v, k); k++) {
      if (v.cueAt("trigger:investor-noun", k) != null || v.is(k, "lead", "co-lead", "leads", "co-leads")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the sum after "with" a few words past a round noun: "the round with about $1 billion", "the round in
   * Y with €15 million".
   */
  private static Optional<Amount> ownShare(View v, int from) {
    int limit = Math.min(v.size(), from + 4);
    for (int k = from; k < limit && !Slots.boundary(v, k) && v.mention(k) == null; k++) {
      EntityMention company = v.is(k, "in", "of", "for") ? v.mentionAt(k + 1) : null;
      if (company != null) {
        k = company.end() - 1;
        limit = Math.min(v.size(), company.end() + 2);
        continue;
      }
      Money money = v.is(k, "with") ? v.money(k + 1) : null;
      if (money != null && money.role().investable()) {
        return money.amount();
      }
    }
    return Optional.empty();
  }

  /** "OpenAI's funding round could close at around $100 billion", "the round, led by X". */
  private void roundNoun(View v, int sentence, PhraseIndex.Match<String> cue, boolean[] consumed, Collected out) {
    if (v.is(cue.first() - 1, "to") && words.verbs.containsKey(v.low(cue.first()))) {
      // "backers that include X and Y to raise $N": after "to", "raise" is the verb, naming no round of Y.
      return;
    }
    EntityMention investee = null;
    Optional<Amount> total = Optional.empty();
    for (int k = cue.first() - 1; k >= Math.max(0, cue.first() - 5); k--) {
      EntityMention m = v.mention(k);
      Money money = v.money(k);
      if (money != null && money.role().investable()) {
        total = total.or(money::amount);
        k = money.first();
      } else if (m != null) {
        investee = m;
        break;
      } else if (v.words.determiners.contains(v.low(k)) || Slots.boundary(v, k) || v.is(k, ",")) {
        break;
      }
    }
    if (investee == null) {
      List<EntityMention> after = afterRound(v, cue.end());
      investee = after.isEmpty() ? null : after.get(0);
    }
    int limit = Math.min(v.size(), cue.end() + 10);
    for (int k = cue.end(); k < limit && total.isEmpty() && !v.is(k, ";", "."); k++) {
      Money money = v.money(k);
      if (money != null && money.role().investable() && money.amount().isPresent()) {
        total = money.amount();
      }
      if (v.mention(k) != null && !v.is(k - 1, "for", "in", "of", "by")) {
        break;
      }
    }
    RoundAgents agents = RoundAgents.read(v, cue.end(), cue.end() + 3);
    if (investee == null && agents.leads().isEmpty() && agents.participants().isEmpty()) {
      return;
    }
    if (investee == null && total.isEmpty() && !v.is(cue.first() - 1, "the") && !v.is(cue.first() - 2, "the")) {
      return;
    }
    Reading reading = StatusReader.read(v, Math.max(0, cue.first() - 6), cue.first(), cue.end(), agents.end() + 1,
        null, -1);
    if (reading.denied()) {
      return;
    }
    out.rounds.add(new Finding.Round(investee == null ? Optional.empty() : out.receiving(v, investee),
        series(v, Math.max(0, cue.first() - 3), cue.end()), total, valuation(v), entities(agents.leads()),
        entities(agents.participants()), v.evidence(0.8), sentence));
    Reading done = OpeningList.joined(reading);
    List<EntityMention> all = new ArrayList<>(agents.leads());
    all.addAll(agents.participants());
    for (EntityMention investor : all) {
      if (investee != null) {
        out.deal(v, sentence, investor, investee, Optional.empty(), done);
      } else {
        out.implicitDeal(v, sentence, investor, Optional.empty(), done);
      }
    }
  }

  /** "Backing came from X, Y and Z", "the rest came from X": the named sources invest in the round's company. */
  private void cameFrom(View v, int sentence, int i, Collected out) {
    boolean money = false;
    for (int k = Math.max(0, i - 4); k < i; k++) {
      money |= FUNDING.contains(v.low(k)) || v.is(k, "backing", "rest", "remainder", "participation", "support")
          || v.money(k) != null
          || v.cueAt("trigger:round-noun", k) != null;
    }
    if (!money || v.mention(i - 1) != null) {
      return;
    }
    List<EntityMention> investors = new ArrayList<>(NounPhrases.phrase(v, i + 2));
    if (investors.isEmpty()) {
      return;
    }
    investors.addAll(NounPhrases.coInvestors(v, investors.get(investors.size() - 1).end()));
    Reading reading = StatusReader.read(v, InvestmentFinder.from(v, investors, i), i, i + 2, i + 2, null, -1);
    if (!reading.denied()) {
      investors.forEach(investor -> out.implicitDeal(v, sentence, investor, Optional.empty(), reading));
    }
  }

  /** "joined existing backers IVP, Index Ventures and Atomico": investors named as the verb's object. */
  private List<EntityMention> fellowInvestors(View v, int k) {
    int h = k;
    while (h < Math.min(v.size(), k + 3) && v.cueAt("trigger:investor-noun", h) == null
        && v.tok(h).type() == dev.dealgraph.extract.text.Token.Type.WORD && v.mention(h) == null) {
      h++;
    }
    PhraseIndex.Match<String> noun = v.cueAt("trigger:investor-noun", h);
    return noun == null ? List.of() : NounPhrases.list(v, noun.end());
  }

  /**
   * Returns the list after ", among them" or ", including" a few words past a participation verb whose plural
   * subject names no one ("A roster of banks came in behind them, including X and Y").
   */
  private static List<EntityMention> namedMembers(View v, int end) {
    for (int k = end; k < Math.min(v.size(), end + 4) && v.mention(k) == null && !v.is(k, ";", "."); k++) {
      int among = RoundAgents.amongThem(v, k);
      if (among < 0 && v.is(k, ",") && v.is(k + 1, "including")) {
        among = k + 2;
      }
      if (among > 0) {
        return v.mentionAt(among) == null ? List.of() : NounPhrases.list(v, among);
      }
    }
    return List.of();
  }

  /** Returns the company after a round: "a Series A in Reka", "a round for Reka", skipping the series letter. */
  private static List<EntityMention> afterRound(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + 4) && v.mention(h) == null; h++) {
      if (v.cueAt("trigger:participation", h) != null) {
        // "the round brought in X": who joined it, not whose round it is.
        break;
      }
      if (v.is(h, "for", "in", "of", "into")) {
        return NounPhrases.phrase(v, h + 1);
      }
      if (v.is(h, ",", ";", ".", "led", "at", "that", "which")) {
        break;
      }
    }
    return List.of();
  }

  private static List<Entity> entities(List<EntityMention> mentions) {
    return mentions.stream().flatMap(m -> m.entity().stream()).toList();
  }

  private static Optional<String> series(View v, int from, int to) {
    return seriesWithin(v, from, to + 3);
  }

  /** Returns the series named in tokens {@code [from, to)}: "Series B", "seed". */
  static Optional<String> seriesWithin(View v, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(v.size(), to); k++) {
      if (v.is(k, "series") && k + 1 < v.size() && v.tok(k + 1).text().matches("[A-Z][0-9]?")) {
        return Optional.of("Series " + v.tok(k + 1).text());
      }
      if (v.is(k, "seed", "pre-seed")) {
        return Optional.of(v.low(k));
      }
    }
    return Optional.empty();
  }

  private static Optional<Amount> valuation(View v) {
    return v.money.stream().filter(m -> m.role() == AmountRole.VALUATION).findFirst().flatMap(Money::amount);
  }
}
