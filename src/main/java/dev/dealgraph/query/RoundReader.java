package dev.dealgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Reads whole funding rounds, with reports, parties and placed deals, for a list of round IRIs. */
final class RoundReader {
  private static final Query CORE = Sparql.load("round-core");
  private static final Query REPORTS = Sparql.load("round-reports");
  private static final Query PARTIES = Sparql.load("round-parties");

  private record Core(String investee, Set<String> deals) {}

  private record Party(String investor, boolean lead) {}

  private final DatasetGraph dataset;
  private final Lookups lookups;

  RoundReader(DatasetGraph dataset) {
    this.dataset = dataset;
    this.lookups = new Lookups(dataset);
  }

  /** Returns the rounds in the order given; IRIs that are not rounds are left out. */
  List<Round> read(List<String> rounds) {
    Map<String, Core> cores = new LinkedHashMap<>();
    Sparql.selectFor(dataset, CORE, "round", Lookups.nodes(rounds), row -> {
      Core core = cores.computeIfAbsent(row.iri("round"), k -> new Core(row.iri("investee"), new LinkedHashSet<>()));
      row.optionalIri("deal").ifPresent(core.deals()::add);
      return core;
    });
    Map<String, List<ReportRow>> reports = ReportRow.bySubject(dataset, REPORTS, cores.keySet());
    Map<String, List<Party>> parties = parties(reports);

    Set<String> orgs = new HashSet<>();
    cores.values().forEach(c -> orgs.add(c.investee()));
    parties.values().forEach(list -> list.forEach(p -> orgs.add(p.investor())));
    Set<String> amounts = new HashSet<>();
    reports.values().forEach(list -> list.forEach(r -> {
      r.row().optionalIri("amount").ifPresent(amounts::add);
      r.row().optionalIri("valuation").ifPresent(amounts::add);
    }));
    Map<String, OrgRef> orgRefs = lookups.orgs(orgs);
    Map<String, Money> money = lookups.amounts(amounts);
    Map<String, ArticleRef> articles = lookups.articles(ReportRow.articles(reports));
    Map<String, RoundRef> refs = lookups.rounds(cores.keySet());
    DealReader deals = new DealReader(dataset);

    List<Round> out = new ArrayList<>();
    for (String iri : rounds) {
      Core core = cores.get(iri);
      RoundRef ref = refs.get(iri);
      if (core == null || ref == null) {
        continue;
      }
      List<ReportRow> rows = reports.getOrDefault(iri, List.of());
      List<RoundSource> sources = rows.stream().filter(r -> articles.containsKey(r.article()))
          .map(r -> new RoundSource(articles.get(r.article()), figure(r, "amount", money),
              figure(r, "valuation", money), r.event(), r.reported(),
              names(parties, r, true, orgRefs), names(parties, r, false, orgRefs), r.evidence(), r.confidence()))
          .toList();
      List<OrgRef> leads = distinct(sources.stream().flatMap(s -> s.leads().stream()).toList(), List.of());
      out.add(new Round(ref.id(), iri, ref.href(), ref.label(), orgRefs.get(core.investee()), ref.series(),
          ReportRow.latest(rows, r -> figure(r, "amount", money)),
          ReportRow.latest(rows, r -> figure(r, "valuation", money)),
          rows.stream().flatMap(r -> r.event().stream()).min(Comparator.naturalOrder()),
          leads, distinct(sources.stream().flatMap(s -> s.participants().stream()).toList(), leads),
          rows.stream().flatMap(r -> r.reported().stream()).min(Comparator.naturalOrder()),
          rows.stream().flatMap(r -> r.reported().stream()).max(Comparator.naturalOrder()),
          rows.size(), deals.read(List.copyOf(core.deals())).stream().map(Investment::summary).toList(), sources));
    }
    return out;
  }

  /** Returns the amount a report names in {@code column}, with the report's words for it. */
  private static Optional<Money> figure(ReportRow r, String column, Map<String, Money> money) {
    return r.row().optionalIri(column).map(money::get)
        .map(m -> m.withText(r.row().text(column + "Text")));
  }

  private Map<String, List<Party>> parties(Map<String, List<ReportRow>> reports) {
    Map<String, List<Party>> out = new LinkedHashMap<>();
    List<String> ids = reports.values().stream().flatMap(List::stream).map(ReportRow::report).toList();
    Sparql.selectFor(dataset, PARTIES, "report", Lookups.nodes(ids), row ->
        out.computeIfAbsent(row.iri("report"), k -> new ArrayList<>())
            .add(new Party(row.iri("investor"), row.text("role").orElse("").equals("lead"))));
    return out;
  }

  private static List<OrgRef> names(Map<String, List<Party>> parties, ReportRow r, boolean lead,
      Map<String, OrgRef> refs) {
    return parties.getOrDefault(r.report(), List.of()).stream().filter(p -> p.lead() == lead)
        .map(p -> refs.get(p.investor())).sorted(Comparator.comparing(OrgRef::name)).toList();
  }

  private static List<OrgRef> distinct(List<OrgRef> refs, List<OrgRef> except) {
    return refs.stream().filter(r -> !except.contains(r)).distinct()
        .sorted(Comparator.comparing(OrgRef::name)).toList();
  }
}
