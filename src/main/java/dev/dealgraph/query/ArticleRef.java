package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Points at the article a fact comes from.
 *
 * @param id        the article id
 * @param title     its headline
 * @param published its publication date, when known
 * @param url       where it was published, when known
 * @param publisher who published it, when known
 * @param href      the API path of the article
 */
public record ArticleRef(String id, String title, Optional<LocalDate> published, Optional<String> url,
    Optional<String> publisher, String href) {}
