package dev.dealgraph.graph;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Investment;
import dev.dealgraph.extract.Status;
import dev.dealgraph.ontology.DG;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** Maps investments to shared deal nodes and this article's reports of them. */
final class DealNodes {
  private DealNodes() {}

  /** Adds the deal, its amount, the article's report of it and the derived investor shortcuts. */
  static void add(ArticleMapping m, Investment i) {
    Resource investor = m.entity(i.investor());
    Resource investee = m.entity(i.investee());
    String label = i.investor().name() + " → " + i.investee().name() + ", "
        + i.amount().map(Names::amountLabel).orElse("amount not stated");
    Resource deal = m.typed(Iris.deal(investor.getURI(), investee.getURI(), i.amount()), DG.Deal, label)
        .addProperty(DG.investor, investor)
        .addProperty(DG.investee, investee);
    i.amount().ifPresent(a -> deal.addProperty(DG.amount, m.amount(a)));

    Optional<Resource> round = i.round().map(series -> RoundNodes.round(m, i.investee(), Optional.of(series),
        Optional.empty()));
    List<String> content = new ArrayList<>(List.of(deal.getURI(), i.status().code(),
        i.date().map(Object::toString).orElse("-"), round.map(Resource::getURI).orElse("-"),
        i.amount().map(Amount::text).orElse("-")));
    i.tranches().forEach(t -> content.add(Names.amountKey(t)));
    Resource report = m.claim(DG.DealReport, i.evidence(), content.toArray(String[]::new))
        .addProperty(DG.reportOf, deal)
        .addProperty(DG.status, statusOf(i.status()));
    i.amount().ifPresent(a -> report.addProperty(DG.amountText, a.text()));
    m.addDate(report, DG.eventDate, i.date());
    round.ifPresent(r -> report.addProperty(DG.partOfRound, r));
    i.tranches().forEach(t -> report.addProperty(DG.tranche, m.amount(t)));

    investor.addProperty(RDF.type, DG.Investor);
    if (i.status() != Status.WITHDRAWN) {
      investor.addProperty(DG.investedIn, investee);
    }
  }

  /** Returns the concept of a status; its skos:notation is the status code. */
  static Resource statusOf(Status status) {
    return switch (status) {
      case RUMORED -> DG.rumored;
      case IN_TALKS -> DG.inTalks;
      case ANNOUNCED -> DG.announced;
      case COMPLETED -> DG.completed;
      case WITHDRAWN -> DG.withdrawn;
    };
  }
}
