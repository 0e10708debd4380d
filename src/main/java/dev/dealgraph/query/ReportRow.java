package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Holds what every claim row has, whatever it is about: the subject (a deal, a round, an organization), the claim,
 * the article, the dates and the evidence; {@code row} keeps the columns particular to the query.
 *
 * <p>Queries read by this class project {@code ?subject ?report ?article ?event ?reported ?start ?end ?sentence
 * ?confidence} and declare {@code VALUES ?subject { UNDEF }}.
 */
record ReportRow(String subject, String report, String article, Optional<LocalDate> event,
    Optional<LocalDate> reported, Sentence evidence, double confidence, Row row) {

  /** Orders claims over time: by publication date (undated last), then article, then place in the text. */
  static final Comparator<ReportRow> OVER_TIME = Comparator
      .comparing((ReportRow r) -> r.reported().orElse(LocalDate.MAX))
      .thenComparing(ReportRow::article)
      .thenComparingLong(r -> r.evidence().start());

  /** Runs the query for the subjects and groups its rows by subject, once per claim, oldest first. */
  static Map<String, List<ReportRow>> bySubject(DatasetGraph dataset, Query query, Collection<String> subjects) {
    Map<String, ReportRow> claims = new LinkedHashMap<>();
    Sparql.selectFor(dataset, query, "subject", Lookups.nodes(subjects),
        row -> claims.putIfAbsent(row.iri("report"), of(row, row.iri("subject"))));
    return group(claims.values());
  }

  /** Reads the claim columns of a row, with the subject the caller gives. */
  static ReportRow of(Row row, String subject) {
    return new ReportRow(subject, row.iri("report"), row.iri("article"), row.date("event"), row.date("reported"),
        new Sentence(row.text("sentence").orElse(""), row.count("start"), row.count("end")),
        row.decimal("confidence").map(java.math.BigDecimal::doubleValue).orElse(1.0), row);
  }

  /** Groups claims by subject, oldest first within each group. */
  static Map<String, List<ReportRow>> group(Collection<ReportRow> claims) {
    Map<String, List<ReportRow>> grouped = new LinkedHashMap<>();
    claims.stream().sorted(OVER_TIME)
        .forEach(r -> grouped.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r));
    return grouped;
  }

  /** Returns the articles of all the claims. */
  static List<String> articles(Map<String, List<ReportRow>> grouped) {
    return grouped.values().stream().flatMap(List::stream).map(ReportRow::article).distinct().toList();
  }

  /** Returns the last present value over claims in time order. */
  static <T> Optional<T> latest(List<ReportRow> overTime, java.util.function.Function<ReportRow, Optional<T>> get) {
    return overTime.stream().map(get).flatMap(Optional::stream).reduce((earlier, later) -> later);
  }
}
