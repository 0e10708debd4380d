package dev.dealgraph.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Orders lists of deals and rounds; every order ends on the IRI so that pages are stable. */
public enum FactSort {
  /** Most recently reported first; those never dated last. */
  RECENT("-reported", Comparator.comparing(ListKey::lastReported, last(Comparator.<LocalDate>reverseOrder()))),
  /** Earliest reported first; those never dated last. */
  OLDEST("reported", Comparator.comparing(ListKey::lastReported, last(Comparator.<LocalDate>naturalOrder()))),
  /** Largest magnitude first; those without an amount last. */
  LARGEST("-amount", Comparator.comparing(ListKey::magnitude, last(Comparator.<BigDecimal>reverseOrder()))),
  /** Smallest magnitude first; those without an amount last. */
  SMALLEST("amount", Comparator.comparing(ListKey::magnitude, last(Comparator.<BigDecimal>naturalOrder())));

  private final String code;
  private final Comparator<ListKey> order;

  FactSort(String code, Comparator<ListKey> order) {
    this.code = code;
    this.order = order.thenComparing(ListKey::iri);
  }

  /** Returns the code the API takes ({@code -reported}). */
  public String code() {
    return code;
  }

  /** Returns the order with this code, if any. */
  public static Optional<FactSort> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  Comparator<ListKey> order() {
    return order;
  }

  private static <T> Comparator<Optional<T>> last(Comparator<T> present) {
    return (a, b) -> a.isPresent() && b.isPresent() ? present.compare(a.get(), b.get())
        : Boolean.compare(a.isEmpty(), b.isEmpty());
  }
}
