package dev.dealgraph.query;

import dev.dealgraph.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;

/** Lists organizations and people, and reads one with its deals, rivals, rounds and related links. */
public final class OrganizationService {
  private static final Query COUNTS = Sparql.load("org-counts");

  private record Counts(long made, long received, long articles) {}

  private final Store store;
  private final Directory directory;

  public OrganizationService(Store store, Directory directory) {
    this.store = store;
    this.directory = directory;
  }

  /** Returns the page of organizations and people {@code filter} keeps, in {@code sort} order. */
  public Page<OrganizationSummary> list(OrgFilter filter, OrgSort sort, PageRequest page) {
    List<Actor> kept = directory.current().actors().stream().filter(filter::keeps).toList();
    return store.read(() -> {
      Map<String, Counts> all = sort.needsCounts() ? counts(List.of()) : Map.of();
      List<Actor> ordered = kept.stream()
          .map(a -> Map.entry(a, summary(a, all.getOrDefault(a.iri(), new Counts(0, 0, 0)))))
          .sorted(Map.Entry.comparingByValue(sort.order())).map(Map.Entry::getKey).toList();
      Page<Actor> slice = Page.slice(ordered, page);
      Map<String, Counts> counts = sort.needsCounts() ? all : counts(slice.items().stream().map(Actor::iri).toList());
      return slice.withItems(slice.items().stream()
          .map(a -> summary(a, counts.getOrDefault(a.iri(), new Counts(0, 0, 0)))).toList());
    });
  }

  /** Returns the organization or person with this id, if the store knows it. */
  public Optional<Organization> get(String id) {
    return store.read(() -> Actors.find(store.dataset(), id).map(iri -> new OrganizationReader(store.dataset())
        .read(iri)));
  }

  private static OrganizationSummary summary(Actor a, Counts c) {
    OrgRef r = a.ref();
    return new OrganizationSummary(r.id(), r.href(), r.name(), r.kind(), a.aliases(), a.wikidata(), a.country(),
        c.made(), c.received(), c.articles());
  }

  /** Counts deals and articles of the given actors, or of every actor when none are given. */
  private Map<String, Counts> counts(List<String> iris) {
    Query query = iris.isEmpty() ? COUNTS : Sparql.restrict(COUNTS, "x", Lookups.nodes(iris));
    Map<String, Counts> out = new HashMap<>();
    Sparql.select(store.dataset(), query, Args.none(), row -> out.put(row.iri("x"),
        new Counts(row.count("madeCount"), row.count("receivedCount"), row.count("articleCount"))));
    return out;
  }
}
