package dev.dealgraph.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Holds one row of a list query ({@code deals.rq}, {@code rounds.rq}): a deal or round, its investee and the keys
 * the list is sorted by.
 */
record ListKey(String iri, Optional<String> investee, Optional<Stage> stage, Optional<LocalDate> first,
    Optional<LocalDate> last, Optional<LocalDate> lastReported, Optional<BigDecimal> magnitude) {

  static ListKey of(Row row) {
    return new ListKey(row.iri("subject"), row.optionalIri("receiver"), Stage.fromOrder(row.count("stage")),
        row.date("first"), row.date("last"), row.date("lastReported"), row.decimal("size"));
  }
}
