package dev.dealgraph.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds one news article as DealGraph stores it: metadata plus the normalised text that every evidence
 * offset points into.
 *
 * <p>{@code text} is the whole counted text of the article: the title on the first line, then the summary
 * or description when the source gives one, then the body; paragraphs are separated by one blank line
 * ({@code "\n\n"}). Page furniture is already removed.
 *
 * @param id          stable identifier: a hash of the URL when known, else of the content
 * @param origin      where the article was read from (a file name, "stdin", a feed item link)
 * @param title       the headline, never blank
 * @param published   the article's own publication date, empty when the source does not say
 * @param source      the publisher, when known
 * @param url         the article's URL, when known
 * @param text        the normalised counted text
 * @param contentHash SHA-256 of {@code text}, hex, deciding whether a re-ingest changed anything
 * @param metadata    other fields the source carried (summary, author, language…)
 */
public record Article(
    String id,
    String origin,
    String title,
    Optional<LocalDate> published,
    Optional<String> source,
    Optional<String> url,
    String text,
    String contentHash,
    Map<String, String> metadata) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentHash, "contentHash");
    metadata = Map.copyOf(metadata);
  }

  /** Returns the paragraphs of {@link #text()}, in order. */
  public List<String> paragraphs() {
    return List.of(text.split("\n\n"));
  }
}
