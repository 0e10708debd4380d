package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Describes a deal with every article that reported it, oldest report first.
 *
 * @param id            the deal's id (16 hex characters)
 * @param iri           the deal's IRI
 * @param href          the API path of the deal
 * @param investors     who invests
 * @param investee      who receives the money
 * @param amount        the investor's contribution, with the words of the latest report that gives them
 * @param status        the highest stage any report asserts; a withdrawal outranks every live stage
 * @param date          the earliest date an article gives for the deal itself
 * @param firstReported the publication date of the earliest report
 * @param lastReported  the publication date of the latest report
 * @param round         the funding round the latest report that names one places it in
 * @param reportCount   how many reports there are
 * @param sources       the reports, oldest first
 */
public record Investment(String id, String iri, String href, List<OrgRef> investors, OrgRef investee,
    Optional<Money> amount, String status, Optional<LocalDate> date, Optional<LocalDate> firstReported,
    Optional<LocalDate> lastReported, Optional<RoundRef> round, int reportCount, List<InvestmentSource> sources) {

  public Investment {
    investors = List.copyOf(investors);
    sources = List.copyOf(sources);
  }

  /** Returns this deal without its sources. */
  public InvestmentSummary summary() {
    return new InvestmentSummary(id, href, investors, investee, amount, status, lastReported);
  }
}
