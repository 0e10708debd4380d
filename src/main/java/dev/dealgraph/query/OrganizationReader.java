package dev.dealgraph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Reads everything about one organization or person; inside a read transaction. */
final class OrganizationReader {
  private static final Query FACTS = Sparql.load("org-facts");
  private static final Query ARTICLES = Sparql.load("org-articles");
  private static final Comparator<OrgRef> BY_NAME = Comparator.comparing(OrgRef::name).thenComparing(OrgRef::id);

  private final DatasetGraph dataset;
  private final Lookups lookups;

  OrganizationReader(DatasetGraph dataset) {
    this.dataset = dataset;
    this.lookups = new Lookups(dataset);
  }

  Organization read(String iri) {
    OrgFacts.Builder builder = new OrgFacts.Builder();
    Sparql.forEach(dataset, FACTS, Args.of().iri("org", iri), builder::add);
    OrgFacts facts = builder.build();
    Map<String, OrgRef> refs = lookups.orgs(facts.related(iri));
    List<DealCounts> deals = deals(refs.get(iri).id());
    long articles = Sparql.select(dataset, ARTICLES, Args.of().iri("org", iri), r -> r.count("articles")).get(0);
    return assemble(iri, facts, refs::get, lookups.rounds(facts.out(OrgFacts.ROUND)).values(), deals.get(0),
        deals.get(1), articles);
  }

  /**
   * Puts an organization together from its facts and summaries; the fact index builds the same answer from memory.
   *
   * @param refs   a reference for each IRI of {@link OrgFacts#related}
   * @param rounds the rounds of {@code dg:Round} that have a label
   */
  static Organization assemble(String iri, OrgFacts facts, Function<String, OrgRef> refs,
      Collection<RoundRef> rounds, DealCounts made, DealCounts received, long articles) {
    OrgRef self = refs.apply(iri);
    String id = self.id();
    return new Organization(id, iri, self.href(), self.name(), self.kind(),
        facts.out(OrgFacts.ALIAS).stream().filter(v -> !v.equals(self.name())).toList(),
        facts.out(OrgFacts.DG + "ticker"), wikidata(facts.out("https://schema.org/sameAs")),
        facts.first(OrgFacts.DG + "headquarters"), facts.first(OrgFacts.DG + "country"),
        facts.out(OrgFacts.DG + "tag"), facts.first(OrgFacts.PART_OF).map(refs),
        facts.in(OrgFacts.PART_OF).stream().map(refs).sorted(BY_NAME).toList(), facts.in(OrgFacts.MAKER),
        made, received, facts.out(OrgFacts.RIVAL).stream().map(refs).sorted(BY_NAME).toList(),
        rounds.stream().sorted(Comparator.comparing(RoundRef::label)).toList(), articles, links(id));
  }

  /** Summarises the deals made and received: counts by status and the latest of each side, in one read of both. */
  private List<DealCounts> deals(String id) {
    List<ListKey> made = DealQuery.keys(dataset, DealFilter.none().withInvestor(id), FactSort.RECENT);
    List<ListKey> received = DealQuery.keys(dataset, DealFilter.none().withInvestee(id), FactSort.RECENT);
    List<ListKey> latest = new ArrayList<>(made.stream().limit(DealCounts.LATEST).toList());
    int split = latest.size();
    latest.addAll(received.stream().limit(DealCounts.LATEST).toList());
    List<InvestmentSummary> summaries = new DealReader(dataset).summaries(latest);
    return List.of(counts(made, summaries.subList(0, Math.min(split, summaries.size()))),
        counts(received, summaries.subList(Math.min(split, summaries.size()), summaries.size())));
  }

  private static DealCounts counts(List<ListKey> keys, List<InvestmentSummary> latest) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    keys.forEach(k -> k.stage().ifPresent(s -> byStatus.merge(s.code(), 1L, Long::sum)));
    return new DealCounts(keys.size(), byStatus, latest);
  }

  private static Map<String, String> links(String id) {
    Map<String, String> links = new LinkedHashMap<>();
    links.put("investmentsMade", Links.API + "investments?investor=" + id);
    links.put("investmentsReceived", Links.API + "investments?investee=" + id);
    links.put("competitors", Links.API + "competitors?of=" + id);
    links.put("rounds", Links.API + "rounds?investee=" + id);
    links.put("articles", Links.API + "articles?organization=" + id);
    links.put("graph", Links.API + "graph?focus=" + id);
    return links;
  }

  private static Optional<String> wikidata(List<String> sameAs) {
    return sameAs.stream().filter(i -> i.startsWith(Wikidata.ENTITY)).findFirst().map(Wikidata::page);
  }
}
