package dev.dealgraph.query;

import dev.dealgraph.graph.ResourceId;
import dev.dealgraph.store.Store;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Lists organizations and people, and reads one with its deals, rivals, rounds and related links. */
public final class OrganizationService {
  private final Store store;
  private final Directory directory;
  private final FreshFacts facts;

  /** Serves from the store alone, every request by SPARQL. */
  public OrganizationService(Store store, Directory directory) {
    this(store, directory, FreshFacts.disabled(store));
  }

  /** Serves from {@code facts} when its index is of the store's current generation, else from the store. */
  public OrganizationService(Store store, Directory directory, FreshFacts facts) {
    this.store = store;
    this.directory = directory;
    this.facts = facts;
  }

  /** Returns the page of organizations and people {@code filter} keeps, in {@code sort} order. */
  public Page<OrganizationSummary> list(OrgFilter filter, OrgSort sort, PageRequest page) {
    List<Actor> kept = directory.current().actors().stream().filter(filter::keeps).toList();
    Optional<FactIndex> index = facts.current();
    if (index.isPresent()) {
      FactIndex i = index.get();
      return list(kept, sort, page, i::counts, slice -> i::counts);
    }
    return store.read(() -> {
      Map<String, OrgCounts> all = sort.needsCounts() ? OrgCounts.read(store.dataset(), List.of()) : Map.of();
      return list(kept, sort, page, iri -> all.getOrDefault(iri, OrgCounts.ZERO), slice -> {
        Map<String, OrgCounts> counts = sort.needsCounts() ? all : OrgCounts.read(store.dataset(), slice);
        return iri -> counts.getOrDefault(iri, OrgCounts.ZERO);
      });
    });
  }

  /** Returns the organization or person with this id, if the store knows it. */
  public Optional<Organization> get(String id) {
    Optional<FactIndex> index = facts.current();
    // An organization the index knows is answered without the store; a person might share its id with an
    // organization that made no deal, which only the store can rule out.
    Optional<Organization> indexed = index.flatMap(i -> i.actor(id)
        .filter(iri -> iri.equals(Ids.iri(ResourceId.Type.ORG, id).orElse(null))).flatMap(i::organization));
    if (indexed.isPresent()) {
      return indexed;
    }
    return store.read(() -> Actors.find(store.dataset(), id).map(iri -> index.flatMap(i -> i.organization(iri))
        .orElseGet(() -> new OrganizationReader(store.dataset()).read(iri))));
  }

  private static Page<OrganizationSummary> list(List<Actor> kept, OrgSort sort, PageRequest page,
      Function<String, OrgCounts> sortCounts, Function<List<String>, Function<String, OrgCounts>> pageCounts) {
    List<Actor> ordered = kept.stream()
        .map(a -> Map.entry(a, summary(a, sortCounts.apply(a.iri()))))
        .sorted(Map.Entry.comparingByValue(sort.order())).map(Map.Entry::getKey).toList();
    Page<Actor> slice = Page.slice(ordered, page);
    Function<String, OrgCounts> counts = pageCounts.apply(slice.items().stream().map(Actor::iri).toList());
    return slice.withItems(slice.items().stream().map(a -> summary(a, counts.apply(a.iri()))).toList());
  }

  private static OrganizationSummary summary(Actor a, OrgCounts c) {
    OrgRef r = a.ref();
    return new OrganizationSummary(r.id(), r.href(), r.name(), r.kind(), a.aliases(), a.wikidata(), a.country(),
        c.made(), c.received(), c.articles());
  }
}
