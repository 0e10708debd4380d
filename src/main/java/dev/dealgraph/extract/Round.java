package dev.dealgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * States a funding round of an investee: its total, its series, who led it and who took part.
 *
 * @param investee     the organization raising money
 * @param series       the series label ("Series B", "seed") when stated
 * @param amount       the round's total, not any one participant's share
 * @param valuation    the valuation stated for the round, kept apart from any amount invested
 * @param leads        investors that led the round
 * @param participants other investors in the round
 * @param date         the round's date when stated
 * @param evidence     the sentence that states the round
 */
public record Round(
    Entity investee,
    Optional<String> series,
    Optional<Amount> amount,
    Optional<Amount> valuation,
    List<Entity> leads,
    List<Entity> participants,
    Optional<LocalDate> date,
    Evidence evidence) {

  public Round {
    Objects.requireNonNull(investee, "investee");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(valuation, "valuation");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
    leads = List.copyOf(leads);
    participants = List.copyOf(participants);
  }
}
