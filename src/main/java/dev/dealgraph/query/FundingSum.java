package dev.dealgraph.query;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * Sums the money committed to one investee: the magnitudes of its announced and completed deals in one currency.
 *
 * @param investee    the investee's IRI
 * @param total       the sum
 * @param investments how many deals the sum covers
 */
record FundingSum(String investee, BigDecimal total, long investments) {
  /** Largest sum first, then by IRI. */
  static final Comparator<FundingSum> ORDER = Comparator.comparing(FundingSum::total).reversed()
      .thenComparing(FundingSum::investee);

  /** Returns true for the stages whose money counts as committed. */
  static boolean committed(Stage stage) {
    return stage == Stage.ANNOUNCED || stage == Stage.COMPLETED;
  }
}
