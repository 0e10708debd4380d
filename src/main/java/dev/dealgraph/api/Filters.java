package dev.dealgraph.api;

import dev.dealgraph.query.DealFilter;
import dev.dealgraph.query.FactSort;
import java.util.Arrays;
import java.util.List;

/** Reads the deal filters that the investment list and the network view share. */
final class Filters {
  /** The parameters of {@link #deals}. */
  static final List<String> DEAL_PARAMS =
      List.of("investor", "investee", "status", "currency", "minAmount", "maxAmount", "from", "to", "round");
  /** The codes of the sort orders of deals and rounds. */
  static final List<String> FACT_SORTS = Arrays.stream(FactSort.values()).map(FactSort::code).toList();

  private Filters() {}

  /** Returns the deal filter the parameters describe; parameters not given filter nothing. */
  static DealFilter deals(Params p) {
    return new DealFilter(p.actor("investor"), p.actor("investee"), p.codes("status", DealFilter.STATUS_CODES),
        p.currency("currency"), p.amount("minAmount"), p.amount("maxAmount"), p.date("from"), p.date("to"),
        p.words("round").map(String::strip));
  }

  /** Returns {@code extra} followed by the names of the deal filters, for {@link Params#of}. */
  static String[] withDealParams(String... extra) {
    return java.util.stream.Stream.concat(Arrays.stream(extra), DEAL_PARAMS.stream()).toArray(String[]::new);
  }
}
