package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Holds one row of {@code deal-reports.rq}: what one article says about one deal. */
record ReportRow(String deal, String report, Stage status, String article, Optional<String> amountText,
    Optional<LocalDate> event, Optional<LocalDate> reported, Optional<String> round, Sentence evidence,
    double confidence) {

  /** Runs a query shaped like {@code deal-reports.rq} for the deals and groups its rows by deal, once per report. */
  static Map<String, List<ReportRow>> byDeal(DatasetGraph dataset, Query query, Collection<String> deals) {
    Map<String, ReportRow> reports = new LinkedHashMap<>();
    Sparql.selectFor(dataset, query, "deal", Lookups.nodes(deals), row -> reports.putIfAbsent(row.iri("report"),
        new ReportRow(row.iri("deal"), row.iri("report"),
            Stage.fromIri(row.iri("status")).orElse(Stage.RUMORED), row.iri("article"), row.text("amountText"),
            row.date("event"), row.date("reported"), row.optionalIri("round"),
            new Sentence(row.text("sentence").orElse(""), row.count("start"), row.count("end")),
            row.decimal("confidence").map(java.math.BigDecimal::doubleValue).orElse(1.0))));
    Map<String, List<ReportRow>> byDeal = new LinkedHashMap<>();
    reports.values().forEach(r -> byDeal.computeIfAbsent(r.deal(), k -> new ArrayList<>()).add(r));
    return byDeal;
  }
}
