package dev.dealgraph.query;

import dev.dealgraph.DealGraphException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Says which deals to list; every part is optional and parts combine with "and".
 *
 * @param investor  the id of an investor
 * @param investee  the id of the investee
 * @param statuses  status codes, any of which the deal's status must be; empty for all
 * @param currency  the ISO 4217 code of the amount
 * @param minAmount the smallest magnitude (the maximum of a range, else its one figure)
 * @param maxAmount the largest magnitude
 * @param from      the earliest date some report dates the deal or was published
 * @param to        the latest such date
 * @param round     a round id, or a series label matched without regard to case
 */
public record DealFilter(Optional<String> investor, Optional<String> investee, Set<String> statuses,
    Optional<String> currency, Optional<BigDecimal> minAmount, Optional<BigDecimal> maxAmount,
    Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> round) {

  /** The status codes a filter may name. */
  public static final List<String> STATUS_CODES =
      java.util.Arrays.stream(Stage.values()).map(Stage::code).toList();

  /**
   * Checks the parts against each other and the known codes.
   *
   * @throws DealGraphException BAD_PARAMETER naming the parameter and the rule it breaks
   */
  public DealFilter {
    Objects.requireNonNull(investor, "investor");
    Objects.requireNonNull(investee, "investee");
    statuses = Set.copyOf(statuses);
    for (String s : statuses) {
      if (Stage.fromCode(s).isEmpty()) {
        throw DealGraphException.badParameter("status must be one of " + STATUS_CODES + ": '" + s + "'");
      }
    }
    if (minAmount.isPresent() && maxAmount.isPresent() && minAmount.get().compareTo(maxAmount.get()) > 0) {
      throw DealGraphException.badParameter("minAmount must not exceed maxAmount: " + minAmount.get().toPlainString()
          + " > " + maxAmount.get().toPlainString());
    }
    Checks.dateOrder(from, to);
  }

  /** Returns the filter that keeps every deal. */
  public static DealFilter none() {
    return new DealFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Returns this filter restricted to deals made by {@code investorId}. */
  public DealFilter withInvestor(String investorId) {
    return new DealFilter(Optional.of(investorId), investee, statuses, currency, minAmount, maxAmount, from, to,
        round);
  }

  /** Returns this filter restricted to deals received by {@code investeeId}. */
  public DealFilter withInvestee(String investeeId) {
    return new DealFilter(investor, Optional.of(investeeId), statuses, currency, minAmount, maxAmount, from, to,
        round);
  }
}
