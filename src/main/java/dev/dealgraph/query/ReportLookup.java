package dev.dealgraph.query;

import dev.dealgraph.ontology.DG;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * Reads the reports of a few deals as {@code deal-reports.rq} does, but by direct index look-ups: the reports
 * pointing at each deal, then each report's and its evidence's own triples. A page of deals then costs a few
 * dozen look-ups and no query planning, which is what the fact index's deal lists need. Inside a read transaction.
 */
final class ReportLookup {
  private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  private static final Node REPORT_OF = DG.reportOf.asNode();
  private static final Node BEGIN = NodeFactory.createURI(NIF + "beginIndex");
  private static final Node END = NodeFactory.createURI(NIF + "endIndex");
  private static final Node ANCHOR = NodeFactory.createURI(NIF + "anchorOf");

  private ReportLookup() {}

  /** Returns the reports of the deals, grouped by deal, once per report, oldest first. */
  static Map<String, List<ReportRow>> bySubject(DatasetGraph dataset, Collection<String> deals) {
    Map<String, ReportRow> claims = new LinkedHashMap<>();
    for (String deal : deals) {
      Node subject = NodeFactory.createURI(deal);
      for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, REPORT_OF, subject); it.hasNext(); ) {
        Node report = it.next().getSubject();
        if (report.isURI() && !claims.containsKey(report.getURI())) {
          read(dataset, subject, report).ifPresent(r -> claims.put(r.report(), r));
        }
      }
    }
    return ReportRow.group(claims.values());
  }

  /** Reads one report; empty when it lacks what the query requires (status, article, confidence, evidence). */
  private static Optional<ReportRow> read(DatasetGraph dataset, Node deal, Node report) {
    Map<Node, Node> facts = firstValues(dataset, report);
    Node evidence = facts.get(DG.evidence.asNode());
    if (evidence == null || !has(facts, DG.status, DG.statedIn, DG.confidence)) {
      return Optional.empty();
    }
    Map<Node, Node> span = firstValues(dataset, evidence);
    if (!span.containsKey(BEGIN) || !span.containsKey(END) || !span.containsKey(ANCHOR)) {
      return Optional.empty();
    }
    BindingBuilder row = BindingBuilder.create();
    row.add(Var.alloc("subject"), deal).add(Var.alloc("report"), report)
        .add(Var.alloc("article"), facts.get(DG.statedIn.asNode()))
        .add(Var.alloc("status"), facts.get(DG.status.asNode()))
        .add(Var.alloc("confidence"), facts.get(DG.confidence.asNode()))
        .add(Var.alloc("start"), span.get(BEGIN)).add(Var.alloc("end"), span.get(END))
        .add(Var.alloc("sentence"), span.get(ANCHOR));
    optional(row, "amountText", facts.get(DG.amountText.asNode()));
    optional(row, "event", facts.get(DG.eventDate.asNode()));
    optional(row, "reported", facts.get(DG.reportedOn.asNode()));
    optional(row, "round", facts.get(DG.partOfRound.asNode()));
    return Optional.of(ReportRow.of(new Row(row.build()), deal.getURI()));
  }

  private static Map<Node, Node> firstValues(DatasetGraph dataset, Node subject) {
    Map<Node, Node> values = new HashMap<>();
    dataset.find(Node.ANY, subject, Node.ANY, Node.ANY)
        .forEachRemaining(q -> values.putIfAbsent(q.getPredicate(), q.getObject()));
    return values;
  }

  private static boolean has(Map<Node, Node> facts, Property... properties) {
    for (Property p : properties) {
      if (!facts.containsKey(p.asNode())) {
        return false;
      }
    }
    return true;
  }

  private static void optional(BindingBuilder row, String var, Node value) {
    if (value != null) {
      row.add(Var.alloc(var), value);
    }
  }
}
