package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a round named by its noun, "OpenAI's funding round could close at around $100 billion", "the round, led
 * by X", and the sources of a round's money, "Backing came from X, Y and Z".
 */
final class RoundNoun {

  private RoundNoun() {}

  /** "OpenAI's funding round could close at around $100 billion", "the round, led by X". */
  static void roundNoun(View v, int sentence, PhraseIndex.Match<String> cue, boolean[] consumed, Collected out) {
    if (v.is(cue.first() - 1, "to") && v.words.verbs.containsKey(v.low(cue.first()))) {
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
      List<EntityMention> after = RoundParts.afterRound(v, cue.end());
      investee = after.isEmpty() ? null : after.get(0);
    }
    if (investee == null) {
      investee = RoundClosing.company(v, cue.first());
    }
    if (investee == null) {
      investee = ValuedRound.company(v, cue.first());
    }
    if (investee == null && v.is(cue.first() - 1, "a") && v.is(cue.first() - 2, ",")) {
      // "took part in Poolside's Series B a year ago, a round led by X": the apposition renames the round before.
      investee = RoundClosing.earlierOwner(v, cue.first() - 2);
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
    if (investee == null && total.isEmpty() && !v.is(cue.first() - 1, "the", "that", "this")
        && !v.is(cue.first() - 2, "the", "that", "this")) {
      return;
    }
    Reading reading = StatusReader.read(v, Math.max(0, cue.first() - 6), cue.first(), cue.end(), agents.end() + 1,
        null, -1);
    if (reading.denied()) {
      return;
    }
    out.rounds.add(new Finding.Round(investee == null ? Optional.empty() : out.receiving(v, investee),
        RoundParts.series(v, Math.max(0, cue.first() - 3), cue.end()), total, RoundParts.valuation(v),
        RoundParts.entities(agents.leads()),
        RoundParts.entities(agents.participants()), v.evidence(0.8), sentence));
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
  static void cameFrom(View v, int sentence, int i, Collected out) {
    boolean money = false;
    for (int k = Math.max(0, i - 4); k < i; k++) {
      money |= RoundParts.FUNDING.contains(v.low(k))
          || v.is(k, "backing", "rest", "remainder", "participation", "support")
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
}
