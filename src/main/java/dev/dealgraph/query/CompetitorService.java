package dev.dealgraph.query;

import dev.dealgraph.store.Store;
import java.util.Optional;

/** Lists organizations that articles say compete, with the evidence. */
public final class CompetitorService {
  private final Store store;
  private final FreshFacts facts;

  /** Serves from the store alone, every request by SPARQL. */
  public CompetitorService(Store store) {
    this(store, FreshFacts.disabled(store));
  }

  /** Pages an organization's rivals with {@code facts} when its index is of the store's current generation. */
  public CompetitorService(Store store, FreshFacts facts) {
    this.store = store;
    this.facts = facts;
  }

  /** Returns every rival pair, most claims first. */
  public Page<Competition> all(PageRequest page) {
    return store.read(() -> Page.slice(new CompetitionReader(store.dataset()).pairs(Optional.empty(),
        Optional.empty()), page));
  }

  /** Returns the rivals of the organization with this id, most claims first; empty when the store lacks it. */
  public Optional<Page<Competition>> of(String id, PageRequest page) {
    Optional<FactIndex> index = facts.current();
    return store.read(() -> Actors.find(store.dataset(), id).map(iri -> {
      CompetitionReader reader = new CompetitionReader(store.dataset());
      if (index.isEmpty()) {
        return Page.slice(reader.pairs(Optional.of(iri), Optional.empty()), page);
      }
      RivalTable.Slice slice = index.get().rivals(iri, page);
      return new Page<>(reader.claims(slice.claims(), iri), slice.total(), page.limit(), page.offset());
    }));
  }
}
