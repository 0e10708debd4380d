package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Status;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.List;
import java.util.Optional;

/**
 * Reads talks about raising money: "Y is in talks with X to raise at least $1 billion", "Y held talks with X and
 * Z about an investment". The company in talks is the investee and those it talks with are the investors, never
 * the other way round.
 */
final class TalksWith {

  /** How far after the purpose the sum is looked for: "to raise as much as $2 billion". */
  private static final int SUM_REACH = 8;

  private TalksWith() {}

  /** Adds the deals of talks about raising money that the sentence states. */
  static void find(View v, int sentence, Collected out) {
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (!cue.value().equals("status:inTalks")) {
        continue;
      }
      int with = v.is(cue.end() - 1, "with") ? cue.end() : v.is(cue.end(), "with") ? cue.end() + 1 : -1;
      List<EntityMention> investors = with < 0 ? List.of() : NounPhrases.phrase(v, with);
      if (investors.isEmpty() && with >= 0) {
        investors = includedInvestors(v, with);
      }
      if (investors.isEmpty()) {
        continue;
      }
      int after = investors.get(investors.size() - 1).end();
      PhraseIndex.Match<String> purpose = v.cueAt("trigger:talks-purpose", after);
      List<EntityMention> subject = Slots.subject(v, cue.first());
      if (purpose == null || subject.size() != 1 || investors.contains(subject.get(0))
          || needsNoun(v, purpose) && !investmentAhead(v, purpose.end())) {
        continue;
      }
      Optional<Amount> sum = Optional.empty();
      for (int k = purpose.end(); k < Math.min(v.size(), purpose.end() + SUM_REACH) && sum.isEmpty(); k++) {
        Money m = v.money(k);
        if (m != null && m.role().investable()) {
          sum = m.amount();
        }
      }
      Reading reading = StatusReader.read(v, 0, cue.first(), cue.end(), purpose.end(), null, -1);
      if (needsNoun(v, purpose) && reading.status().filter(s -> s == Status.ANNOUNCED).isPresent()) {
        // "signed a letter of intent with X to evaluate an investment": what was signed is the talks, not the deal.
        reading = new Reading(Optional.of(Status.IN_TALKS), reading.denied(), reading.era(), reading.tranche());
      }
      for (EntityMention investor : investors) {
        out.deal(v, sentence, investor, subject.get(0), investors.size() == 1 ? sum : Optional.empty(), reading);
      }
    }
  }

  private static boolean needsNoun(View v, PhraseIndex.Match<String> purpose) {
    String phrase = String.join(" ", v.sentence.tokens().subList(purpose.first(), purpose.end()).stream()
        .map(dev.dealgraph.extract.text.Token::lower).toList());
    return v.words.purposesNeedingNoun.contains(phrase);
  }

  /** Returns true when an investment or round noun follows within the sum's reach: "to evaluate a $500m investment". */
  private static boolean investmentAhead(View v, int from) {
    for (int k = from; k < Math.min(v.size(), from + SUM_REACH); k++) {
      if (v.cueAt("trigger:noun", k) != null || v.cueAt("trigger:round-noun", k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the members of "investors including X and Y" or "a group of backers that includes X" starting at
   * {@code k}, or nothing when no investor noun opens a list there.
   */
  private static List<EntityMention> includedInvestors(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + 5) && v.mention(h) == null; h++) {
      PhraseIndex.Match<String> noun = v.cueAt("trigger:investor-noun", h);
      if (noun != null) {
        int include = v.is(noun.end(), "that", "which") ? noun.end() + 1 : noun.end();
        return v.include(include) ? NounPhrases.list(v, include + 1) : List.of();
      }
    }
    return List.of();
  }
}
