package dev.dealgraph.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Describes one article: metadata, its stored text and every fact extracted from it with evidence offsets.
 *
 * @param id          the article id
 * @param href        the API path of the article
 * @param iri         the article's IRI
 * @param title       its headline
 * @param published   its publication date, when known
 * @param url         where it was published, when known
 * @param publisher   who published it, when known
 * @param origin      where DealGraph read it from
 * @param contentHash SHA-256 of the stored text
 * @param ingestedAt  when DealGraph read it
 * @param text        the stored text every offset counts into, in Unicode code points
 * @param investments what it says about deals
 * @param rounds      what it says about funding rounds
 * @param competitors the rivalries it states
 * @param mentions    where it names organizations and people, in text order
 */
public record ArticleDetail(String id, String href, String iri, String title, Optional<LocalDate> published,
    Optional<String> url, Optional<String> publisher, Optional<String> origin, Optional<String> contentHash,
    Optional<Instant> ingestedAt, String text, List<Reported> investments, List<RoundReported> rounds,
    List<Rivalry> competitors, List<MentionSpan> mentions) {

  public ArticleDetail {
    investments = List.copyOf(investments);
    rounds = List.copyOf(rounds);
    competitors = List.copyOf(competitors);
    mentions = List.copyOf(mentions);
  }

  /**
   * Holds what the article says about one deal.
   *
   * @param investment the deal, as all reports make it
   * @param report     this article's report of it
   */
  public record Reported(InvestmentSummary investment, InvestmentSource report) {}

  /**
   * Holds what the article says about one funding round.
   *
   * @param round    the round
   * @param investee the organization raising
   * @param report   this article's report of it
   */
  public record RoundReported(RoundRef round, OrgRef investee, RoundSource report) {}

  /**
   * Holds a rivalry the article states.
   *
   * @param organizations the two organizations
   * @param evidence      the sentence that says so
   * @param confidence    how sure the extractor was
   */
  public record Rivalry(List<OrgRef> organizations, Sentence evidence, double confidence) {}

  /**
   * Marks where the article names or refers to an organization or person.
   *
   * @param organization who is meant
   * @param text         the words used
   * @param start        offset of the first character, in code points
   * @param end          offset just past the last character, in code points
   */
  public record MentionSpan(OrgRef organization, String text, long start, long end) {}
}
