package dev.dealgraph.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Runs {@code deals.rq}: the deals a filter keeps, with their sort keys; inside a read transaction. */
final class DealQuery {
  private static final Query DEALS = Sparql.load("deals");
  private static final String HEX16 = "[0-9a-f]{16}";

  private DealQuery() {}

  /** Returns the deals {@code filter} keeps, in {@code sort} order. */
  static List<ListKey> keys(DatasetGraph dataset, DealFilter filter, FactSort sort) {
    return run(dataset, DEALS, filter).stream().sorted(sort.order()).toList();
  }

  /** Hands every deal with its sort keys to {@code sink}, in no particular order; what the fact index reads. */
  static void all(DatasetGraph dataset, java.util.function.Consumer<ListKey> sink) {
    Sparql.forEach(dataset, DEALS, args(dataset, DealFilter.none()), row -> sink.accept(ListKey.of(row)));
  }

  /** Returns the deals among {@code deals} that {@code filter} keeps, in {@code sort} order. */
  static List<ListKey> keysAmong(DatasetGraph dataset, Collection<Node> deals, DealFilter filter, FactSort sort) {
    if (deals.isEmpty()) {
      return List.of();
    }
    return run(dataset, Sparql.restrict(DEALS, "subject", deals), filter).stream().sorted(sort.order()).toList();
  }

  private static List<ListKey> run(DatasetGraph dataset, Query query, DealFilter f) {
    return Sparql.select(dataset, query, args(dataset, f), ListKey::of);
  }

  private static Args args(DatasetGraph dataset, DealFilter f) {
    Args args = Args.of()
        .optionalString("currency", "anyCurrency", f.currency())
        .optionalDecimal("minAmount", "noMin", f.minAmount())
        .optionalDecimal("maxAmount", "noMax", f.maxAmount())
        .optionalDate("from", "noFrom", f.from())
        .optionalDate("to", "noTo", f.to())
        .optionalString("stages", "anyStatus", stages(f));
    f.investor().ifPresent(id -> args.iri("investor", Actors.filterIri(dataset, id)));
    f.investee().ifPresent(id -> args.iri("investee", Actors.filterIri(dataset, id)));
    args.bool("anyRound", f.round().isEmpty());
    f.round().ifPresent(r -> {
      Optional<String> roundIri = r.matches(HEX16) ? Ids.iri(dev.dealgraph.graph.ResourceId.Type.ROUND, r)
          : Optional.empty();
      roundIri.ifPresent(iri -> args.iri("round", iri));
      args.string("series", r.toLowerCase(java.util.Locale.ROOT));
    });
    return args;
  }

  /** Returns the stage orders of the wanted statuses as " 3 4 ", which the query searches for " n ". */
  private static Optional<String> stages(DealFilter f) {
    if (f.statuses().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(f.statuses().stream().map(s -> Stage.fromCode(s).orElseThrow())
        .sorted(Comparator.naturalOrder()).map(s -> Integer.toString(s.order()))
        .collect(Collectors.joining(" ", " ", " ")));
  }
}
