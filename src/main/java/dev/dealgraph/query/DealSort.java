package dev.dealgraph.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/** Orders deal lists; every order ends on the deal IRI so that pages are stable. */
public enum DealSort {
  /** Most recently reported first; deals never dated last. */
  RECENT("-reported", Comparator.comparing(DealKey::lastReported, last(Comparator.<LocalDate>reverseOrder()))),
  /** Earliest reported first; deals never dated last. */
  OLDEST("reported", Comparator.comparing(DealKey::lastReported, last(Comparator.<LocalDate>naturalOrder()))),
  /** Largest magnitude first; deals without an amount last. */
  LARGEST("-amount", Comparator.comparing(DealKey::magnitude, last(Comparator.<BigDecimal>reverseOrder()))),
  /** Smallest magnitude first; deals without an amount last. */
  SMALLEST("amount", Comparator.comparing(DealKey::magnitude, last(Comparator.<BigDecimal>naturalOrder())));

  private final String code;
  private final Comparator<DealKey> order;

  DealSort(String code, Comparator<DealKey> order) {
    this.code = code;
    this.order = order.thenComparing(DealKey::deal);
  }

  /** Returns the code the API takes ({@code -reported}). */
  public String code() {
    return code;
  }

  /** Returns the order with this code, if any. */
  public static Optional<DealSort> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  Comparator<DealKey> order() {
    return order;
  }

  private static <T> Comparator<Optional<T>> last(Comparator<T> present) {
    return (a, b) -> a.isPresent() && b.isPresent() ? present.compare(a.get(), b.get())
        : Boolean.compare(a.isEmpty(), b.isEmpty());
  }
}
