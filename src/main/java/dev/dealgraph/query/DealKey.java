package dev.dealgraph.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Holds one row of {@code deals.rq}: a deal and the keys lists sort and filter it by. */
record DealKey(String deal, Optional<Stage> stage, Optional<LocalDate> first, Optional<LocalDate> last,
    Optional<LocalDate> lastReported, Optional<BigDecimal> magnitude) {

  static DealKey of(Row row) {
    return new DealKey(row.iri("deal"), Stage.fromOrder(row.count("stage")), row.date("first"), row.date("last"),
        row.date("lastReported"), row.decimal("size"));
  }
}
