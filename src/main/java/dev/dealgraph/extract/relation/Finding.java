package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.Evidence;
import java.util.List;
import java.util.Optional;

/** Holds the facts one sentence states, before they are consolidated across the article. */
final class Finding {

  private Finding() {}

  /**
   * States one investment as one sentence puts it.
   *
   * @param investor the investor's candidates, best first (a pronoun may have several)
   * @param investee the investee's candidates, best first; empty when the sentence leaves it implicit
   * @param amount   the investor's own contribution as stated here
   * @param reading  stage, denial, era and tranche cues
   * @param sentence index of the sentence
   * @param headline true when the sentence is a title-case headline, which drops qualifiers like "up to"
   */
  record Deal(List<Entity> investor, List<Entity> investee, Optional<Amount> amount, Reading reading,
      Evidence evidence, int sentence, boolean headline) {}

  /**
   * States an amount of a deal named only by a description ("The potential investment, which could total…").
   *
   * @param amount   the amount
   * @param sentence index of the sentence
   */
  record Anaphor(Amount amount, int sentence) {}

  /**
   * States a sum a headline gives to an investor it only describes ("State fund to put 250 billion won into Y").
   *
   * @param investee the company the sum goes to
   * @param amount   the sum
   * @param sentence index of the headline
   */
  record HeadlineSum(Entity investee, Amount amount, int sentence) {}

  /**
   * States a funding round.
   *
   * @param investee     the organization raising money; empty when the sentence leaves it to the context
   * @param series       "Series C", "seed", when stated
   * @param amount       the round's total
   * @param valuation    the valuation stated with it
   * @param leads        investors leading it
   * @param participants other investors in it
   */
  record Round(Optional<Entity> investee, Optional<String> series, Optional<Amount> amount, Optional<Amount> valuation,
      List<Entity> leads, List<Entity> participants, Evidence evidence, int sentence) {}

  /** States that two organizations compete. */
  record Rivals(Entity a, Entity b, Evidence evidence) {}
}
