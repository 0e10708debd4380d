package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Holds one article's report of a funding round.
 *
 * @param article      the article
 * @param amount       the round's total, with the article's words
 * @param valuation    the valuation, with the article's words
 * @param date         the date the article gives for the round
 * @param reportedOn   the article's publication date
 * @param leads        the investors it names as leading
 * @param participants the other investors it names
 * @param evidence     the sentence that states the round
 * @param confidence   how sure the extractor was, in (0, 1]
 */
public record RoundSource(ArticleRef article, Optional<Money> amount, Optional<Money> valuation,
    Optional<LocalDate> date, Optional<LocalDate> reportedOn, List<OrgRef> leads, List<OrgRef> participants,
    Sentence evidence, double confidence) {

  public RoundSource {
    leads = List.copyOf(leads);
    participants = List.copyOf(participants);
  }
}
