package dev.dealgraph.graph;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.Mention;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ontology.DG;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

/** Maps an article's metadata, text, extraction run, entities and mentions. */
final class ArticleNodes {
  private ArticleNodes() {}

  /** Describes the article, its publisher and the run of the extractor that read it. */
  static void describe(ArticleMapping m, ExtractorInfo extractor, Optional<Instant> ingestedAt) {
    Article a = m.article;
    Resource article = m.articleNode
        .addProperty(RDF.type, DG.Article)
        .addProperty(RDFS.label, a.title())
        .addProperty(DCTerms.title, a.title())
        .addProperty(DG.origin, a.origin())
        .addProperty(DG.contentHash, a.contentHash())
        .addProperty(Vocab.isString, a.text());
    m.addDate(article, SchemaDO.datePublished, a.published());
    a.url().ifPresent(u -> article.addLiteral(SchemaDO.url, m.model.createTypedLiteral(u, XSDDatatype.XSDanyURI)));
    a.source().ifPresent(s -> article.addProperty(DCTerms.publisher, m.typed(Iris.org(s), DG.Publisher, s)));
    ingestedAt.ifPresent(t -> article.addLiteral(DG.ingestedAt, dateTime(m, t)));

    Resource software = m.typed(Iris.extractor(extractor), DG.Extractor, extractor.name() + " " + extractor.version())
        .addProperty(SchemaDO.name, extractor.name())
        .addProperty(SchemaDO.softwareVersion, extractor.version());
    m.run.addProperty(RDF.type, DG.ExtractionRun)
        .addProperty(RDFS.label, "Extraction of article " + a.id() + " by " + extractor.key())
        .addProperty(Vocab.used, article)
        .addProperty(Vocab.wasAssociatedWith, software);
    ingestedAt.ifPresent(t -> m.run.addLiteral(Vocab.endedAtTime, dateTime(m, t)));
  }

  /** Links the article to every entity it refers to; entities not in the gazetteer get their type and label here. */
  static void entities(ArticleMapping m, Extraction x) {
    for (Entity e : x.entities()) {
      Resource node = m.entity(e);
      m.articleNode.addProperty(SchemaDO.mentions, node);
      if (!e.known()) {
        node.addProperty(RDF.type, Vocab.classOf(e.kind())).addProperty(RDFS.label, e.name());
        e.wikidata().ifPresent(q -> node.addProperty(SchemaDO.sameAs, m.node(Iris.wikidata(q))));
      }
    }
    for (Mention mention : x.mentions()) {
      m.span(mention.start(), mention.end(), mention.text(), DG.Mention).addProperty(DG.denotes, m.entity(mention.entity()));
    }
  }

  private static Literal dateTime(ArticleMapping m, Instant t) {
    return m.model.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime);
  }
}
