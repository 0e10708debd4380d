package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a lead or a participation in a round: "X led Y's $N Series C", "X joined the round", "X, Y and Z also
 * participated", "X led the round, with participation from Y".
 */
final class RoundLead {

  private RoundLead() {}

  /** "X led Y's $N Series C", "X joined the round", "X participated in the round for Y". */
  static void lead(View v, int sentence, int i, int end, Verb verb, boolean[] consumed, Collected out) {
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
        // "X led, with participation from Y and Z": the participants of the round the lead leads.
        List<EntityMention> following = bareLead ? RoundAgents.read(v, end, -1).participants() : List.of();
        following.stream().filter(m -> !investors.contains(m)).forEach(investors::add);
        investors.addAll(NounPhrases.coInvestors(v, end));
        Reading reading = StatusReader.read(v, InvestmentFinder.from(v, investors, i), i, end, end, verb, -1);
        if (!reading.denied()) {
          Reading joined = OpeningList.joined(reading);
          if (bareLead) {
            // "X and Y led it": the leads of the round named before, whose company the context gives.
            out.rounds.add(new Finding.Round(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                RoundParts.entities(Slots.subject(v, i)), RoundParts.entities(with.isEmpty() ? following : with),
                v.evidence(0.7), sentence));
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
      List<EntityMention> after = RoundParts.afterRound(v, anchor);
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
      out.rounds.add(new Finding.Round(out.receiving(v, investee), RoundParts.series(v, i, anchor + 2), total,
          RoundParts.valuation(v),
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
        RoundParts.series(v, i, anchor + 2),
        // "X led the round, joined by Y and Z": only the subject leads.
        total, RoundParts.valuation(v), leads ? RoundParts.entities(subject) : List.of(),
        leads ? RoundParts.entities(joined) : RoundParts.entities(investors),
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

  /** "joined existing backers IVP, Index Ventures and Atomico": investors named as the verb's object. */
  private static List<EntityMention> fellowInvestors(View v, int k) {
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
        // "among them the Qatar fund, …", "among them former Hooli chief Ana Ruiz, …": the first member may open
        // with an article or a title.
        int first = v.is(among, "the") ? among + 1 : among;
        boolean opens = v.mentionAt(among) != null || NounPhrases.memberStart(v, first) >= 0 || v.is(first, "former");
        return opens ? NounPhrases.list(v, among) : List.of();
      }
    }
    return List.of();
  }
}
