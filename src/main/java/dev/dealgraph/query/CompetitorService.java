package dev.dealgraph.query;

import dev.dealgraph.store.Store;
import java.util.Optional;

/** Lists organizations that articles say compete, with the evidence. */
public final class CompetitorService {
  private final Store store;

  public CompetitorService(Store store) {
    this.store = store;
  }

  /** Returns every rival pair, most claims first. */
  public Page<Competition> all(PageRequest page) {
    return store.read(() -> Page.slice(new CompetitionReader(store.dataset()).pairs(Optional.empty(),
        Optional.empty()), page));
  }

  /** Returns the rivals of the organization with this id, most claims first; empty when the store lacks it. */
  public Optional<Page<Competition>> of(String id, PageRequest page) {
    return store.read(() -> Actors.find(store.dataset(), id).map(iri -> Page.slice(
        new CompetitionReader(store.dataset()).pairs(Optional.of(iri), Optional.empty()), page)));
  }
}
