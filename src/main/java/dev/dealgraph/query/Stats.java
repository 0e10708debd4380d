package dev.dealgraph.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * Summarises the store: counts, the biggest deals, the most active investors, the most-funded companies and the
 * latest articles.
 *
 * @param counts              how many of each resource the store holds
 * @param currency            the currency of the biggest deals and the funding totals
 * @param biggestInvestments  deals in the currency by magnitude, largest first
 * @param mostActiveInvestors investors by number of deals, most first
 * @param mostFunded          investees by the sum of the magnitudes of their announced and completed deals
 * @param latestArticles      the newest articles
 */
public record Stats(Counts counts, String currency, List<InvestmentSummary> biggestInvestments,
    List<Active> mostActiveInvestors, List<Funded> mostFunded, List<ArticleSummary> latestArticles) {

  public Stats {
    biggestInvestments = List.copyOf(biggestInvestments);
    mostActiveInvestors = List.copyOf(mostActiveInvestors);
    mostFunded = List.copyOf(mostFunded);
    latestArticles = List.copyOf(latestArticles);
  }

  /**
   * Counts what the store holds.
   *
   * @param articles      articles
   * @param organizations organizations and people
   * @param investments   deals
   * @param rounds        funding rounds
   * @param competitions  rival pairs
   */
  public record Counts(long articles, long organizations, long investments, long rounds, long competitions) {}

  /**
   * Ranks an investor by its deals.
   *
   * @param organization the investor
   * @param investments  how many deals it made
   */
  public record Active(OrgRef organization, long investments) {}

  /**
   * Ranks an investee by money committed to it.
   *
   * @param organization the investee
   * @param total        the sum of the magnitudes of its announced and completed deals in the currency
   * @param investments  how many deals the sum covers
   */
  public record Funded(OrgRef organization, BigDecimal total, long investments) {}
}
