package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Describes a deal in a line, for summaries and rankings; its resource has the sources.
 *
 * @param id           the deal's id
 * @param href         the API path of the deal
 * @param investors    who invests
 * @param investee     who receives the money
 * @param amount       the amount, when stated
 * @param status       the highest stage any report asserts
 * @param lastReported the publication date of the latest report
 */
public record InvestmentSummary(String id, String href, List<OrgRef> investors, OrgRef investee,
    Optional<Money> amount, String status, Optional<LocalDate> lastReported) {

  public InvestmentSummary {
    investors = List.copyOf(investors);
  }
}
