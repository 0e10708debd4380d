package dev.dealgraph.graph;

import dev.dealgraph.extract.Competition;
import dev.dealgraph.ontology.DG;
import org.apache.jena.rdf.model.Resource;

/** Maps competitor pairs to competition claims and the derived symmetric dg:competesWith. */
final class RivalryNodes {
  private RivalryNodes() {}

  /** Adds the article's claim that the two compete, and dg:competesWith in both directions. */
  static void add(ArticleMapping m, Competition c) {
    Resource a = m.entity(c.a());
    Resource b = m.entity(c.b());
    m.claim(DG.CompetitionClaim, c.evidence(), a.getURI(), b.getURI())
        .addProperty(DG.competitor, a)
        .addProperty(DG.competitor, b);
    a.addProperty(DG.competesWith, b);
    b.addProperty(DG.competesWith, a);
  }
}
