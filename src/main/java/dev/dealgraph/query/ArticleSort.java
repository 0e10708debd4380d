package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Orders article lists; undated articles come last, and every order ends on the IRI so that pages are stable. */
public enum ArticleSort {
  /** Newest first. */
  NEWEST("-published", Comparator.reverseOrder()),
  /** Oldest first. */
  OLDEST("published", Comparator.naturalOrder());

  private final String code;
  private final Comparator<ArticleKey> order;

  ArticleSort(String code, Comparator<LocalDate> byDate) {
    this.code = code;
    this.order = Comparator.comparing(ArticleKey::published,
            (a, b) -> a.isPresent() && b.isPresent() ? byDate.compare(a.get(), b.get())
                : Boolean.compare(a.isEmpty(), b.isEmpty()))
        .thenComparing(ArticleKey::iri);
  }

  /** Returns the code the API takes ({@code -published}). */
  public String code() {
    return code;
  }

  /** Returns the order with this code, if any. */
  public static Optional<ArticleSort> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  Comparator<ArticleKey> order() {
    return order;
  }

  /** Holds an article and the date lists sort it by. */
  record ArticleKey(String iri, Optional<LocalDate> published) {}
}
