package dev.dealgraph.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Orders organization lists; every order ends on the name and then the id so that pages are stable. */
public enum OrgSort {
  /** By name, without regard to case or accents. */
  NAME("name", Comparator.comparingInt(s -> 0)),
  /** Most deals made and received first. */
  INVESTMENTS("-investments",
      Comparator.comparingLong((OrganizationSummary s) -> s.investmentsMade() + s.investmentsReceived()).reversed()),
  /** Most articles first. */
  ARTICLES("-articles", Comparator.comparingLong(OrganizationSummary::articleCount).reversed());

  private final String code;
  private final Comparator<OrganizationSummary> order;

  OrgSort(String code, Comparator<OrganizationSummary> order) {
    this.code = code;
    this.order = order.thenComparing(s -> Fold.of(s.name())).thenComparing(s -> s.name().toLowerCase(Locale.ROOT))
        .thenComparing(OrganizationSummary::id);
  }

  /** Returns the code the API takes ({@code -investments}). */
  public String code() {
    return code;
  }

  /** Returns the order with this code, if any. */
  public static Optional<OrgSort> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** Returns true when the order needs the counts of every organization, not just of one page. */
  boolean needsCounts() {
    return this != NAME;
  }

  Comparator<OrganizationSummary> order() {
    return order;
  }
}
