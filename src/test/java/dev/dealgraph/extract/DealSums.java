package dev.dealgraph.extract;

import java.util.List;

/** Renders deals as "Investor -> Investee SUM" strings, the sum a whole number or "-", for tests of figures. */
final class DealSums {

  private DealSums() {}

  /** Returns the deals of an extraction with their sums, in order. */
  static List<String> of(Extraction e) {
    return e.investments().stream()
        .map(i -> i.investor().name() + " -> " + i.investee().name() + " "
            + i.amount().map(a -> a.figure().toBigInteger().toString()).orElse("-"))
        .toList();
  }
}
