package dev.dealgraph.graph;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.Round;
import dev.dealgraph.ontology.DG;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** Maps funding rounds to round nodes and this article's reports of them. */
final class RoundNodes {
  private RoundNodes() {}

  /** Returns the round node of an investee, identified by series label, else by total, else by this article. */
  static Resource round(ArticleMapping m, Entity investee, Optional<String> series, Optional<Amount> total) {
    Resource investeeNode = m.entity(investee);
    String iri = Iris.round(investeeNode.getURI(), series, total, m.article.id());
    String label = investee.name() + " " + series.map(Names::series).map(s -> s + " round")
        .or(() -> total.map(a -> "funding round of " + Names.amountLabel(a)))
        .orElse("funding round");
    Resource round = m.typed(iri, DG.Round, label).addProperty(DG.investee, investeeNode);
    series.ifPresent(s -> round.addProperty(DG.seriesLabel, Names.series(s)));
    return round;
  }

  /** Adds the round, the article's report of it and the derived investor shortcuts of its leads and participants. */
  static void add(ArticleMapping m, Round r) {
    Resource round = round(m, r.investee(), r.series(), r.amount());
    List<String> content = new ArrayList<>(List.of(round.getURI(),
        r.amount().map(Names::amountKey).orElse("-"), r.amount().map(Amount::text).orElse("-"),
        r.valuation().map(Names::amountKey).orElse("-"), r.valuation().map(Amount::text).orElse("-"),
        r.date().map(Object::toString).orElse("-")));
    r.leads().forEach(e -> content.add("lead " + Iris.entity(e)));
    r.participants().forEach(e -> content.add("participant " + Iris.entity(e)));
    Resource report = m.claim(DG.RoundReport, r.evidence(), content.toArray(String[]::new))
        .addProperty(DG.reportOf, round);
    r.amount().ifPresent(a -> report.addProperty(DG.amount, m.amount(a)).addProperty(DG.amountText, a.text()));
    r.valuation().ifPresent(a -> report.addProperty(DG.valuation, m.amount(a)).addProperty(DG.valuationText, a.text()));
    m.addDate(report, DG.eventDate, r.date());
    Resource investee = m.entity(r.investee());
    r.leads().forEach(e -> report.addProperty(DG.lead, investor(m, e, investee)));
    r.participants().forEach(e -> report.addProperty(DG.participant, investor(m, e, investee)));
  }

  private static Resource investor(ArticleMapping m, Entity e, Resource investee) {
    return m.entity(e).addProperty(RDF.type, DG.Investor).addProperty(DG.investedIn, investee);
  }
}
