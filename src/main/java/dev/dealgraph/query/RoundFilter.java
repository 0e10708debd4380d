package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Says which funding rounds to list; parts combine with "and".
 *
 * @param investee the id of the organization raising
 * @param series   a series label, matched without regard to case
 * @param investor the id of a lead or participant
 * @param from     the earliest date some report dates the round or was published
 * @param to       the latest such date
 */
public record RoundFilter(Optional<String> investee, Optional<String> series, Optional<String> investor,
    Optional<LocalDate> from, Optional<LocalDate> to) {

  /**
   * Checks the dates against each other.
   *
   * @throws DealGraphException BAD_PARAMETER when from is after to
   */
  public RoundFilter {
    Objects.requireNonNull(investee, "investee");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(investor, "investor");
    Checks.dateOrder(from, to);
  }

  /** Returns the filter that keeps every round. */
  public static RoundFilter none() {
    return new RoundFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
