package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Holds one article's report of a deal.
 *
 * @param article    the article
 * @param status     the stage this article asserts
 * @param amountText the article's words for the amount
 * @param date       the date the article gives for the deal
 * @param reportedOn the article's publication date
 * @param round      the funding round the article places the deal in
 * @param tranches   parts of the amount paid separately
 * @param evidence   the sentence that states the deal
 * @param confidence how sure the extractor was, in (0, 1]
 */
public record InvestmentSource(ArticleRef article, String status, Optional<String> amountText,
    Optional<LocalDate> date, Optional<LocalDate> reportedOn, Optional<RoundRef> round, List<Money> tranches,
    Sentence evidence, double confidence) {

  public InvestmentSource {
    tranches = List.copyOf(tranches);
  }
}
