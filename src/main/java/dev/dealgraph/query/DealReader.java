package dev.dealgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Reads whole deals, with parties, amounts and every report, for a list of deal IRIs; inside a read transaction. */
final class DealReader {
  private static final Query CORE = Sparql.load("deal-core");
  private static final Query REPORTS = Sparql.load("deal-reports");
  private static final Query TRANCHES = Sparql.load("report-tranches");

  private record Core(List<String> investors, String investee, Optional<String> amount) {}

  /** Holds a deal's parties and amount as responses show them, from the store or from the fact index. */
  record Parties(List<OrgRef> investors, OrgRef investee, Optional<Money> amount) {}

  private final DatasetGraph dataset;
  private final Lookups lookups;

  DealReader(DatasetGraph dataset) {
    this.dataset = dataset;
    this.lookups = new Lookups(dataset);
  }

  /** Returns the deals in the order given; IRIs that are not deals are left out. */
  List<Investment> read(List<String> deals) {
    Map<String, Core> cores = cores(deals);
    Map<String, List<ReportRow>> reports = ReportRow.bySubject(dataset, REPORTS, cores.keySet());
    Map<String, List<String>> tranches = tranches(reports);
    Set<String> orgs = new HashSet<>();
    Set<String> amounts = new HashSet<>();
    cores.values().forEach(c -> {
      orgs.addAll(c.investors());
      orgs.add(c.investee());
      c.amount().ifPresent(amounts::add);
    });
    tranches.values().forEach(amounts::addAll);
    Map<String, OrgRef> orgRefs = lookups.orgs(orgs);
    Map<String, Money> money = lookups.amounts(amounts);
    Map<String, Parties> parties = new LinkedHashMap<>();
    cores.forEach((deal, c) -> parties.put(deal, new Parties(
        c.investors().stream().sorted().map(orgRefs::get).toList(), orgRefs.get(c.investee()),
        c.amount().map(money::get))));
    return assemble(deals, parties, reports,
        report -> tranches.getOrDefault(report, List.of()).stream().map(money::get).toList(),
        lookups.articles(ReportRow.articles(reports)), lookups::rounds);
  }

  /**
   * Returns the deals in the order given as {@link #read(List)} does, taking everything from {@code index}: no
   * store access at all.
   */
  List<Investment> read(List<String> deals, FactIndex index) {
    Map<String, Parties> parties = new LinkedHashMap<>();
    deals.forEach(deal -> index.parties(deal).ifPresent(p -> parties.put(deal, p)));
    Map<String, List<ReportRow>> reports = index.reports(parties.keySet());
    return assemble(deals, parties, reports, index::tranches, index.articles(ReportRow.articles(reports)),
        index::rounds);
  }

  private List<Investment> assemble(List<String> deals, Map<String, Parties> parties,
      Map<String, List<ReportRow>> reports, Function<String, List<Money>> tranches,
      Map<String, ArticleRef> articles, Function<List<String>, Map<String, RoundRef>> roundRefs) {
    Map<String, RoundRef> rounds = roundRefs.apply(reports.values().stream().flatMap(List::stream)
        .flatMap(r -> round(r).stream()).toList());
    List<Investment> out = new ArrayList<>();
    for (String deal : deals) {
      Parties core = parties.get(deal);
      if (core == null) {
        continue;
      }
      List<ReportRow> rows = reports.getOrDefault(deal, List.of());
      List<InvestmentSource> sources = rows.stream()
          .filter(r -> articles.containsKey(r.article()))
          .map(r -> new InvestmentSource(articles.get(r.article()), status(r).code(), amountText(r), r.event(),
              r.reported(), round(r).map(rounds::get),
              tranches.apply(r.report()),
              r.evidence(), r.confidence()))
          .toList();
      String id = Ids.of(deal);
      out.add(new Investment(id, deal, Links.investment(id), core.investors(), core.investee(),
          core.amount().map(m -> m.withText(ReportRow.latest(rows, DealReader::amountText))),
          rows.stream().map(DealReader::status).max(Comparator.naturalOrder()).orElse(Stage.RUMORED).code(),
          rows.stream().flatMap(r -> r.event().stream()).min(Comparator.naturalOrder()),
          rows.stream().flatMap(r -> r.reported().stream()).min(Comparator.naturalOrder()),
          rows.stream().flatMap(r -> r.reported().stream()).max(Comparator.naturalOrder()),
          ReportRow.latest(rows, DealReader::round).map(rounds::get),
          rows.size(), sources));
    }
    return out;
  }

  /** Returns the IRIs of the investors and the investee of each deal, by deal IRI. */
  Map<String, List<String>> parties(List<String> deals) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    cores(deals).forEach((deal, core) -> out.put(deal,
        Stream.concat(core.investors().stream().sorted(), Stream.of(core.investee())).toList()));
    return out;
  }

  /**
   * Returns the deals as summaries, in the order given, taking status and dates from their list keys: three
   * queries whatever the number of deals, and none over reports. The amounts carry no article wording.
   */
  List<InvestmentSummary> summaries(List<ListKey> keys) {
    Map<String, Core> cores = cores(keys.stream().map(ListKey::iri).toList());
    Set<String> orgs = new HashSet<>();
    Set<String> amounts = new HashSet<>();
    cores.values().forEach(c -> {
      orgs.addAll(c.investors());
      orgs.add(c.investee());
      c.amount().ifPresent(amounts::add);
    });
    Map<String, OrgRef> orgRefs = lookups.orgs(orgs);
    Map<String, Money> money = lookups.amounts(amounts);
    List<InvestmentSummary> out = new ArrayList<>();
    for (ListKey key : keys) {
      Core core = cores.get(key.iri());
      if (core != null) {
        String id = Ids.of(key.iri());
        out.add(new InvestmentSummary(id, Links.investment(id),
            core.investors().stream().sorted().map(orgRefs::get).toList(), orgRefs.get(core.investee()),
            core.amount().map(money::get), key.stage().orElse(Stage.RUMORED).code(), key.lastReported()));
      }
    }
    return out;
  }

  private static Stage status(ReportRow r) {
    return r.row().optionalIri("status").flatMap(Stage::fromIri).orElse(Stage.RUMORED);
  }

  private static Optional<String> amountText(ReportRow r) {
    return r.row().text("amountText");
  }

  private static Optional<String> round(ReportRow r) {
    return r.row().optionalIri("round");
  }

  private Map<String, Core> cores(List<String> deals) {
    Map<String, Core> cores = new LinkedHashMap<>();
    Sparql.selectFor(dataset, CORE, "deal", Lookups.nodes(deals), row -> cores.merge(row.iri("deal"),
        new Core(List.of(row.iri("investor")), row.iri("investee"), row.optionalIri("amount")),
        (a, b) -> new Core(Stream.concat(a.investors().stream(), b.investors().stream()).distinct().toList(),
            a.investee(), a.amount().or(b::amount))));
    return cores;
  }

  private Map<String, List<String>> tranches(Map<String, List<ReportRow>> reports) {
    List<String> ids = reports.values().stream().flatMap(List::stream).map(ReportRow::report).toList();
    return ids.isEmpty() ? Map.of() : tranches(dataset, Sparql.restrict(TRANCHES, "report", Lookups.nodes(ids)));
  }

  /** Returns the amount IRIs of every report that has tranches, each list sorted; inside a read transaction. */
  static Map<String, List<String>> allTranches(DatasetGraph dataset) {
    return tranches(dataset, TRANCHES);
  }

  private static Map<String, List<String>> tranches(DatasetGraph dataset, Query query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Sparql.forEach(dataset, query, Args.none(), row ->
        out.computeIfAbsent(row.iri("report"), k -> new ArrayList<>()).add(row.iri("amount")));
    out.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    return out;
  }
}
