package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Says which articles to list; parts combine with "and".
 *
 * @param organization the id of an organization or person the article must mention
 * @param q            words the title must contain, without regard to case
 * @param from         the earliest publication date
 * @param to           the latest publication date
 */
public record ArticleFilter(Optional<String> organization, Optional<String> q, Optional<LocalDate> from,
    Optional<LocalDate> to) {

  /**
   * Checks the dates against each other.
   *
   * @throws dev.dealgraph.DealGraphException BAD_PARAMETER when from is after to
   */
  public ArticleFilter {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(q, "q");
    Checks.dateOrder(from, to);
  }

  /** Returns the filter that keeps every article. */
  public static ArticleFilter none() {
    return new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
