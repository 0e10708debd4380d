package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Reads whole deals, with parties, amounts and every report, for a list of deal IRIs; inside a read transaction. */
final class DealReader {
  private static final Query CORE = Sparql.load("deal-core");
  private static final Query REPORTS = Sparql.load("deal-reports");
  private static final Query TRANCHES = Sparql.load("report-tranches");

  /** Orders reports over time: by publication date (undated last), then article, then place in the text. */
  private static final Comparator<ReportRow> OVER_TIME = Comparator
      .comparing((ReportRow r) -> r.reported().orElse(LocalDate.MAX))
      .thenComparing(ReportRow::article)
      .thenComparingLong(r -> r.evidence().start());

  private record Core(List<String> investors, String investee, Optional<String> amount) {}

  private final DatasetGraph dataset;
  private final Lookups lookups;

  DealReader(DatasetGraph dataset) {
    this.dataset = dataset;
    this.lookups = new Lookups(dataset);
  }

  /** Returns the deals in the order given; IRIs that are not deals are left out. */
  List<Investment> read(List<String> deals) {
    Map<String, Core> cores = cores(deals);
    Map<String, List<ReportRow>> reports = ReportRow.byDeal(dataset, REPORTS, cores.keySet());
    Map<String, List<String>> tranches = tranches(reports);

    Set<String> orgs = new HashSet<>();
    Set<String> amounts = new HashSet<>();
    cores.values().forEach(c -> {
      orgs.addAll(c.investors());
      orgs.add(c.investee());
      c.amount().ifPresent(amounts::add);
    });
    tranches.values().forEach(amounts::addAll);
    List<ReportRow> allReports = reports.values().stream().flatMap(List::stream).toList();
    Map<String, OrgRef> orgRefs = lookups.orgs(orgs);
    Map<String, Money> money = lookups.amounts(amounts);
    Map<String, ArticleRef> articles = lookups.articles(allReports.stream().map(ReportRow::article).toList());
    Map<String, RoundRef> rounds = lookups.rounds(
        allReports.stream().flatMap(r -> r.round().stream()).toList());

    List<Investment> out = new ArrayList<>();
    for (String deal : deals) {
      Core core = cores.get(deal);
      if (core == null) {
        continue;
      }
      List<ReportRow> rows = reports.getOrDefault(deal, List.of()).stream().sorted(OVER_TIME).toList();
      List<InvestmentSource> sources = rows.stream()
          .filter(r -> articles.containsKey(r.article()))
          .map(r -> new InvestmentSource(articles.get(r.article()), r.status().code(), r.amountText(), r.event(),
              r.reported(), r.round().map(rounds::get), tranches.getOrDefault(r.report(), List.of()).stream()
                  .map(money::get).toList(), r.evidence(), r.confidence()))
          .toList();
      Optional<String> words = latest(rows.stream().flatMap(r -> r.amountText().stream()));
      out.add(new Investment(Ids.of(deal), deal, Links.investment(Ids.of(deal)),
          core.investors().stream().sorted().map(orgRefs::get).toList(), orgRefs.get(core.investee()),
          core.amount().map(money::get).map(m -> m.withText(words)),
          rows.stream().map(ReportRow::status).max(Comparator.naturalOrder()).orElse(Stage.RUMORED).code(),
          rows.stream().flatMap(r -> r.event().stream()).min(Comparator.naturalOrder()),
          rows.stream().flatMap(r -> r.reported().stream()).min(Comparator.naturalOrder()),
          rows.stream().flatMap(r -> r.reported().stream()).max(Comparator.naturalOrder()),
          latest(rows.stream().flatMap(r -> r.round().stream())).map(rounds::get),
          rows.size(), sources));
    }
    return out;
  }

  private static <T> Optional<T> latest(Stream<T> overTime) {
    return overTime.reduce((earlier, later) -> later);
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
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> ids = reports.values().stream().flatMap(List::stream).map(ReportRow::report).toList();
    Sparql.selectFor(dataset, TRANCHES, "report", Lookups.nodes(ids), row ->
        out.computeIfAbsent(row.iri("report"), k -> new ArrayList<>()).add(row.iri("amount")));
    out.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    return out;
  }
}
