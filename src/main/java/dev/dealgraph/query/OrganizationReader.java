package dev.dealgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Reads everything about one organization or person; inside a read transaction. */
final class OrganizationReader {
  private static final Query FACTS = Sparql.load("org-facts");
  private static final Query ARTICLES = Sparql.load("org-articles");
  private static final String ALIAS = "http://www.w3.org/2004/02/skos/core#altLabel";
  private static final String DG = "https://dealgraph.dev/ontology#";
  private static final String PART_OF = "http://www.w3.org/ns/org#subOrganizationOf";

  private final DatasetGraph dataset;
  private final Lookups lookups;

  OrganizationReader(DatasetGraph dataset) {
    this.dataset = dataset;
    this.lookups = new Lookups(dataset);
  }

  Organization read(String iri) {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    Map<String, TreeSet<String>> in = new TreeMap<>();
    Sparql.select(dataset, FACTS, Args.of().iri("org", iri), row -> {
      String p = row.iri("p");
      Optional<String> from = row.optionalIri("from");
      Map<String, TreeSet<String>> side = from.isPresent() ? in : out;
      String value = from.isPresent() && !p.equals(DG + "maker") ? from.get() : row.text("o").orElse("");
      return side.computeIfAbsent(p, k -> new TreeSet<>()).add(value);
    });
    List<String> related = new ArrayList<>(List.of(iri));
    related.addAll(values(out, PART_OF));
    related.addAll(values(in, PART_OF));
    related.addAll(values(out, DG + "competesWith"));
    Map<String, OrgRef> refs = lookups.orgs(related);
    OrgRef self = refs.get(iri);
    List<DealCounts> deals = deals(self.id());
    Comparator<OrgRef> byName = Comparator.comparing(OrgRef::name).thenComparing(OrgRef::id);
    long articles = Sparql.select(dataset, ARTICLES, Args.of().iri("org", iri), r -> r.count("articles")).get(0);
    String id = self.id();
    return new Organization(id, iri, self.href(), self.name(), self.kind(), without(values(out, ALIAS), self.name()),
        values(out, DG + "ticker"), wikidata(values(out, "https://schema.org/sameAs")),
        first(values(out, DG + "headquarters")), first(values(out, DG + "country")), values(out, DG + "tag"),
        first(values(out, PART_OF)).map(refs::get),
        values(in, PART_OF).stream().map(refs::get).sorted(byName).toList(), values(in, DG + "maker"),
        deals.get(0), deals.get(1),
        values(out, DG + "competesWith").stream().map(refs::get).sorted(byName).toList(),
        lookups.rounds(values(out, DG + "Round")).values().stream()
            .sorted(Comparator.comparing(RoundRef::label)).toList(),
        articles, links(id));
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

  private static List<String> values(Map<String, TreeSet<String>> facts, String property) {
    return List.copyOf(facts.getOrDefault(property, new TreeSet<>()));
  }

  private static List<String> without(List<String> values, String name) {
    return values.stream().filter(v -> !v.equals(name)).toList();
  }

  private static Optional<String> first(List<String> values) {
    return values.stream().findFirst();
  }

  private static Optional<String> wikidata(List<String> sameAs) {
    return sameAs.stream().filter(i -> i.startsWith(Wikidata.ENTITY)).findFirst().map(Wikidata::page);
  }
}
