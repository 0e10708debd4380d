package dev.dealgraph.testing;

import dev.dealgraph.store.Store;

/** Opens in-memory stores holding {@link DealCorpus}. */
public final class CorpusStore {
  private CorpusStore() {}

  /** Returns a new in-memory store with the corpus loaded; the caller closes it. */
  public static Store open() {
    Store store = Store.inMemory();
    DealCorpus.load(store);
    return store;
  }

  /** Returns one in-memory store with the corpus, shared by read-only tests and never written to. */
  public static Store shared() {
    return Shared.STORE;
  }

  /** Loads the shared store on first use only. */
  private static final class Shared {
    static final Store STORE = open();
  }
}
