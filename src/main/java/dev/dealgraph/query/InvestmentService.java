package dev.dealgraph.query;

import dev.dealgraph.graph.ResourceId;
import dev.dealgraph.store.Store;
import java.util.List;
import java.util.Optional;

/** Lists and reads deals with their sources. */
public final class InvestmentService {
  private final Store store;
  private final FreshFacts facts;

  /** Serves from the store alone, every request by SPARQL. */
  public InvestmentService(Store store) {
    this(store, FreshFacts.disabled(store));
  }

  /** Filters, sorts and counts with {@code facts} when its index is of the store's current generation. */
  public InvestmentService(Store store, FreshFacts facts) {
    this.store = store;
    this.facts = facts;
  }

  /** Returns the page of deals {@code filter} keeps, in {@code sort} order. */
  public Page<Investment> list(DealFilter filter, FactSort sort, PageRequest page) {
    Optional<FactIndex> index = facts.current();
    if (index.isPresent()) {
      // Everything comes from the index: no read transaction, no store access.
      Page<String> slice = index.get().deals(filter, index.get()::actor, sort, page);
      return slice.withItems(new DealReader(store.dataset()).read(slice.items(), index.get()));
    }
    return store.read(() -> {
      Page<ListKey> slice = Page.slice(DealQuery.keys(store.dataset(), filter, sort), page);
      return slice.withItems(new DealReader(store.dataset()).read(slice.items().stream().map(ListKey::iri).toList()));
    });
  }

  /** Returns the deal with this id, if the store has it. */
  public Optional<Investment> get(String id) {
    return Ids.iri(ResourceId.Type.DEAL, id)
        .flatMap(iri -> store.read(() -> new DealReader(store.dataset()).read(List.of(iri)).stream().findFirst()));
  }
}
