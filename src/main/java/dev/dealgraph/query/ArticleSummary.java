package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Describes an article in a list, with how many facts were extracted from it.
 *
 * @param id               the article id
 * @param href             the API path of the article
 * @param iri              the article's IRI
 * @param title            its headline
 * @param published        its publication date, when known
 * @param url              where it was published, when known
 * @param publisher        who published it, when known
 * @param origin           where DealGraph read it from
 * @param investmentCount  how many deal reports it states
 * @param roundCount       how many round reports it states
 * @param competitionCount how many rivalries it states
 */
public record ArticleSummary(String id, String href, String iri, String title, Optional<LocalDate> published,
    Optional<String> url, Optional<String> publisher, Optional<String> origin, long investmentCount,
    long roundCount, long competitionCount) {}
