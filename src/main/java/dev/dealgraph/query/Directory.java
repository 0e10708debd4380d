package dev.dealgraph.query;

import dev.dealgraph.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.query.Query;

/**
 * Keeps every organization and person with their names in memory, with the search index over them, and rebuilds
 * both when the store's generation changes. Safe to share between threads; one instance serves the organization
 * list and the search.
 */
public final class Directory {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Directory.class);
  private static final Query DIRECTORY = Sparql.load("directory");

  /** Everything read at one generation of the store. */
  record Snapshot(long generation, List<Actor> actors, Map<String, Actor> byIri, SearchIndex index) {}

  private final Store store;
  private volatile Snapshot snapshot;

  public Directory(Store store) {
    this.store = store;
  }

  /** Reads the store now, so that the first request that needs names finds them read. */
  public void warm() {
    current();
  }

  /** Returns the snapshot of the current generation, reading the store again if it changed since the last one. */
  Snapshot current() {
    Snapshot s = snapshot;
    long generation = store.generation();
    if (s != null && s.generation() == generation) {
      return s;
    }
    synchronized (this) {
      s = snapshot;
      if (s == null || s.generation() != generation) {
        // The generation is read before the store, so a write racing the rebuild makes the next call rebuild again.
        s = build(generation);
        snapshot = s;
      }
      return s;
    }
  }

  private Snapshot build(long generation) {
    long started = System.nanoTime();
    Optional<String> state = store.fingerprint();
    Optional<Path> file = store.fileBeside(DirectoryFile.NAME);
    Optional<List<Actor>> saved = state.flatMap(f -> file.flatMap(p -> DirectoryFile.read(p, f)));
    List<Actor> actors = saved.orElseGet(() -> store.read(this::read));
    if (saved.isEmpty() && state.isPresent() && file.isPresent() && state.equals(store.fingerprint())) {
      // The store did not change while it was read, so what was read belongs to that state.
      DirectoryFile.write(file.get(), state.get(), actors);
    }
    Map<String, Actor> byIri = new HashMap<>();
    actors.forEach(a -> byIri.put(a.iri(), a));
    Snapshot s = new Snapshot(generation, actors, Map.copyOf(byIri), SearchIndex.of(actors));
    LOG.info("Directory of store generation {}: {} organizations and people, {} in {} ms", generation,
        actors.size(), saved.isPresent() ? "loaded from " + DirectoryFile.NAME : "read from the store",
        (System.nanoTime() - started) / 1_000_000);
    return s;
  }

  private static final class Facts {
    final TreeSet<String> labels = new TreeSet<>();
    final TreeSet<String> aliases = new TreeSet<>();
    final TreeSet<String> tickers = new TreeSet<>();
    final TreeSet<String> products = new TreeSet<>();
    final List<String> types = new ArrayList<>();
    Optional<String> wikidata = Optional.empty();
    Optional<String> country = Optional.empty();
  }

  private List<Actor> read() {
    Map<String, Facts> facts = new HashMap<>();
    Sparql.select(store.dataset(), DIRECTORY, Args.none(), row -> {
      Facts f = facts.computeIfAbsent(row.iri("x"), k -> new Facts());
      row.optionalIri("type").ifPresent(f.types::add);
      row.text("label").ifPresent(f.labels::add);
      row.text("alias").ifPresent(f.aliases::add);
      row.text("ticker").ifPresent(f.tickers::add);
      row.text("product").ifPresent(f.products::add);
      row.optionalIri("sameAs").filter(i -> i.startsWith(Wikidata.ENTITY))
          .ifPresent(i -> f.wikidata = Optional.of(Wikidata.page(i)));
      row.text("country").ifPresent(c -> f.country = Optional.of(c));
      return f;
    });
    List<Actor> actors = new ArrayList<>();
    facts.forEach((iri, f) -> {
      if (f.types.isEmpty()) {
        return;
      }
      String id = Ids.of(iri);
      String name = f.labels.isEmpty() ? id : f.labels.first();
      OrgRef ref = new OrgRef(id, name, Lookups.kindOf(f.types, iri), Links.organization(id));
      f.aliases.remove(name);
      actors.add(Actor.of(iri, ref, List.copyOf(f.aliases), List.copyOf(f.tickers), List.copyOf(f.products),
          f.wikidata, f.country));
    });
    actors.sort(Comparator.comparing((Actor a) -> a.ref().name().toLowerCase(java.util.Locale.ROOT))
        .thenComparing(Actor::iri));
    return List.copyOf(actors);
  }
}
