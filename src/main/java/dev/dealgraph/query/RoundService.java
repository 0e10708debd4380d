package dev.dealgraph.query;

import dev.dealgraph.graph.ResourceId;
import dev.dealgraph.store.Store;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/** Lists and reads funding rounds with their reports and the deals placed in them. */
public final class RoundService {
  private static final Query ROUNDS = Sparql.load("rounds");

  private final Store store;

  public RoundService(Store store) {
    this.store = store;
  }

  /** Returns the page of rounds {@code filter} keeps, in {@code sort} order. */
  public Page<Round> list(RoundFilter filter, FactSort sort, PageRequest page) {
    return store.read(() -> {
      Args args = Args.of()
          .optionalString("series", "anySeries", filter.series().map(s -> s.toLowerCase(java.util.Locale.ROOT)))
          .optionalDate("from", "noFrom", filter.from())
          .optionalDate("to", "noTo", filter.to())
          .bool("anyInvestor", filter.investor().isEmpty());
      filter.investee().ifPresent(id -> args.iri("investee", Actors.filterIri(store.dataset(), id)));
      filter.investor().ifPresent(id -> args.iri("investor", Actors.filterIri(store.dataset(), id)));
      List<ListKey> keys = Sparql.select(store.dataset(), ROUNDS, args, ListKey::of).stream()
          .sorted(sort.order()).toList();
      Page<ListKey> slice = Page.slice(keys, page);
      return slice.withItems(new RoundReader(store.dataset()).read(slice.items().stream().map(ListKey::iri).toList()));
    });
  }

  /** Returns the round with this id, if the store has it. */
  public Optional<Round> get(String id) {
    return Ids.iri(ResourceId.Type.ROUND, id)
        .flatMap(iri -> store.read(() -> new RoundReader(store.dataset()).read(List.of(iri)).stream().findFirst()));
  }
}
