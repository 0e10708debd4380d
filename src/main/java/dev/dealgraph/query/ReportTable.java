package dev.dealgraph.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * Holds every deal report as deal responses cite it (status, amount wording, dates, round, evidence sentence), by
 * deal IRI, oldest first: a page of deals then reads no report from the store, which on a store larger than the
 * page cache would cost a disk read per report. Immutable; built by {@link FactScan} from {@code deal-reports.rq}.
 */
final class ReportTable {
  /** One report, compact: repeated strings are shared, dates are epoch days or {@link DealTable#NONE}. */
  private record Cited(String report, String article, String status, String amountText, int event, int reported,
      String round, int start, int end, String sentence, double confidence) {}

  private static final Var STATUS = Var.alloc("status");
  private static final Var AMOUNT_TEXT = Var.alloc("amountText");
  private static final Var ROUND = Var.alloc("round");

  private final Map<String, Cited[]> byDeal;

  private ReportTable(Map<String, Cited[]> byDeal) {
    this.byDeal = byDeal;
  }

  /** Returns the reports of the deals that have some, grouped by deal as {@link ReportRow#group} groups them. */
  Map<String, List<ReportRow>> bySubject(Collection<String> deals) {
    Map<String, List<ReportRow>> out = new LinkedHashMap<>();
    for (String deal : deals) {
      Cited[] cited = byDeal.get(deal);
      if (cited != null) {
        List<ReportRow> rows = new ArrayList<>(cited.length);
        for (Cited c : cited) {
          rows.add(row(deal, c));
        }
        out.put(deal, rows);
      }
    }
    return out;
  }

  private static ReportRow row(String deal, Cited c) {
    BindingBuilder columns = BindingBuilder.create().add(STATUS, NodeFactory.createURI(c.status()));
    if (c.amountText() != null) {
      columns.add(AMOUNT_TEXT, NodeFactory.createLiteralString(c.amountText()));
    }
    if (c.round() != null) {
      columns.add(ROUND, NodeFactory.createURI(c.round()));
    }
    return new ReportRow(deal, c.report(), c.article(), date(c.event()), date(c.reported()),
        new Sentence(c.sentence(), c.start(), c.end()), c.confidence(), new Row(columns.build()));
  }

  private static Optional<LocalDate> date(int epochDay) {
    return epochDay == DealTable.NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /** Collects report rows of {@code deal-reports.rq}, once per report, sharing repeated strings. */
  static final class Builder {
    private final Set<String> seen = new HashSet<>();
    private final Map<String, List<Cited>> cited = new HashMap<>();
    private final UnaryOperator<String> share;

    /** @param share returns one instance for equal strings */
    Builder(UnaryOperator<String> share) {
      this.share = share;
    }

    /** Adds a row of {@code deal-reports.rq} whose subject is a deal; later rows of the same report are ignored. */
    void add(Row row) {
      ReportRow r = ReportRow.of(row, row.iri("subject"));
      if (!seen.add(r.report())) {
        return;
      }
      Cited c = new Cited(r.report(), share.apply(r.article()), share.apply(row.optionalIri("status").orElseThrow()),
          row.text("amountText").map(share).orElse(null), day(r.event()), day(r.reported()),
          row.optionalIri("round").map(share).orElse(null), (int) r.evidence().start(), (int) r.evidence().end(),
          r.evidence().text(), r.confidence());
      cited.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(c);
    }

    ReportTable build() {
      Comparator<Cited> overTime = Comparator
          .comparingInt((Cited c) -> c.reported() == DealTable.NONE ? Integer.MAX_VALUE : c.reported())
          .thenComparing(Cited::article)
          .thenComparingInt(Cited::start);
      Map<String, Cited[]> byDeal = new HashMap<>(cited.size() * 2);
      cited.forEach((deal, list) -> byDeal.put(deal, list.stream().sorted(overTime).toArray(Cited[]::new)));
      return new ReportTable(byDeal);
    }

    private static int day(Optional<LocalDate> date) {
      return date.map(d -> (int) d.toEpochDay()).orElse(DealTable.NONE);
    }
  }
}
