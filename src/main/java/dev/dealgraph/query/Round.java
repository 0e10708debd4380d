package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Describes a funding round with every article that reported it, oldest first, and the deals placed in it.
 *
 * @param id            the round's id (16 hex characters)
 * @param iri           the round's IRI
 * @param href          the API path of the round
 * @param label         a readable name
 * @param investee      the organization raising
 * @param series        the series label, when known
 * @param amount        the total, as the latest report that gives one states it
 * @param valuation     the valuation, as the latest report that gives one states it; never money invested
 * @param date          the earliest date an article gives for the round
 * @param leads         investors some report names as leading
 * @param participants  investors some report names as taking part, without leading
 * @param firstReported the publication date of the earliest report
 * @param lastReported  the publication date of the latest report
 * @param reportCount   how many reports there are
 * @param investments   the deals articles place in the round
 * @param sources       the reports, oldest first
 */
public record Round(String id, String iri, String href, String label, OrgRef investee, Optional<String> series,
    Optional<Money> amount, Optional<Money> valuation, Optional<LocalDate> date, List<OrgRef> leads,
    List<OrgRef> participants, Optional<LocalDate> firstReported, Optional<LocalDate> lastReported,
    int reportCount, List<InvestmentSummary> investments, List<RoundSource> sources) {

  public Round {
    leads = List.copyOf(leads);
    participants = List.copyOf(participants);
    investments = List.copyOf(investments);
    sources = List.copyOf(sources);
  }

  /** Returns a reference to this round. */
  public RoundRef ref() {
    return new RoundRef(id, series, label, href);
  }
}
