package dev.dealgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * States that an investor put, puts or may put money into an investee: one occasion of investing (a deal).
 *
 * @param investor  who invests
 * @param investee  who receives the money
 * @param amount    the investor's own contribution, when the article gives a figure
 * @param status    the most advanced stage the article asserts
 * @param date      the date of the deal when the article states one
 * @param round     the funding round's series label ("Series C") when the deal is part of one
 * @param tranches  parts of the amount paid separately ("initially $5 billion")
 * @param evidence  the sentence that states the deal most fully
 */
public record Investment(
    Entity investor,
    Entity investee,
    Optional<Amount> amount,
    Status status,
    Optional<LocalDate> date,
    Optional<String> round,
    List<Amount> tranches,
    Evidence evidence) {

  public Investment {
    Objects.requireNonNull(investor, "investor");
    Objects.requireNonNull(investee, "investee");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(evidence, "evidence");
    tranches = List.copyOf(tranches);
  }
}
