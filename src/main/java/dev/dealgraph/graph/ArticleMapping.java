package dev.dealgraph.graph;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.Evidence;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ontology.DG;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;

/** Holds the graph of one article while it is built, with the node makers every part of the mapping shares. */
final class ArticleMapping {
  final Model model = ModelFactory.createDefaultModel().setNsPrefixes(Vocab.PREFIXES);
  final Article article;
  final Resource articleNode;
  final Resource run;
  private final boolean surrogates;

  ArticleMapping(Article article, ExtractorInfo extractor) {
    this.article = article;
    this.articleNode = model.createResource(Iris.article(article.id()));
    this.run = model.createResource(Iris.extractionRun(article.id(), article.contentHash(), extractor));
    this.surrogates = article.text().length() != article.text().codePointCount(0, article.text().length());
  }

  /** Returns the node of an IRI, adding nothing. */
  Resource node(String iri) {
    return model.createResource(iri);
  }

  /** Returns the node of an IRI with a type and a label. */
  Resource typed(String iri, Resource type, String label) {
    return node(iri).addProperty(RDF.type, type).addProperty(RDFS.label, label);
  }

  /** Returns the node of an entity; its type and label come from the gazetteer graph or from {@code describe}. */
  Resource entity(Entity entity) {
    return node(Iris.entity(entity));
  }

  /**
   * Returns a span of the article's text as a NIF string of the given type, offsets converted to code points.
   *
   * @throws DealGraphException when the offsets fall outside the article's text
   */
  Resource span(int start, int end, String text, Resource type) {
    int length = article.text().length();
    if (start < 0 || end > length || end < start) {
      throw DealGraphException.invalidContent("article " + article.id() + ": offsets " + start + ".." + end
          + " fall outside its text of " + length + " characters");
    }
    int begin = codePoints(start);
    int stop = codePoints(end);
    return node(Iris.span(article.id(), begin, stop))
        .addProperty(RDF.type, type)
        .addProperty(Vocab.referenceContext, articleNode)
        .addLiteral(Vocab.beginIndex, nonNegative(begin))
        .addLiteral(Vocab.endIndex, nonNegative(stop))
        .addProperty(Vocab.anchorOf, text);
  }

  private int codePoints(int utf16Offset) {
    return surrogates ? article.text().codePointCount(0, utf16Offset) : utf16Offset;
  }

  /**
   * Returns a claim of the given type stated by this article, with its evidence, confidence and run.
   *
   * @param content what distinguishes this claim from the article's other claims of the type
   */
  Resource claim(Resource type, Evidence evidence, String... content) {
    List<String> parts = new ArrayList<>(List.of(article.id(), type.getLocalName()));
    parts.addAll(List.of(content));
    parts.addAll(List.of(Integer.toString(evidence.start()), Integer.toString(evidence.end()),
        Double.toString(evidence.confidence())));
    Resource claim = node(Iris.claim(parts.toArray(String[]::new)))
        .addProperty(RDF.type, type)
        .addProperty(DG.statedIn, articleNode)
        .addProperty(DG.evidence, span(evidence.start(), evidence.end(), evidence.sentence(), DG.Evidence))
        .addLiteral(DG.confidence, decimal(BigDecimal.valueOf(evidence.confidence())))
        .addProperty(Vocab.wasGeneratedBy, run);
    article.published().ifPresent(d -> claim.addLiteral(DG.reportedOn, date(d)));
    return claim;
  }

  /** Returns the node of an amount with its kind, figures, currency and magnitude. */
  Resource amount(Amount a) {
    Resource node = typed(Iris.amount(a), DG.Amount, Names.amountLabel(a))
        .addProperty(DG.amountKind, kindOf(a.kind()))
        .addProperty(SchemaDO.currency, a.currency())
        .addLiteral(DG.magnitude, decimal(a.magnitude()));
    a.value().or(a::approx).ifPresent(v -> node.addLiteral(SchemaDO.value, decimal(v)));
    a.min().ifPresent(v -> node.addLiteral(SchemaDO.minValue, decimal(v)));
    a.max().ifPresent(v -> node.addLiteral(SchemaDO.maxValue, decimal(v)));
    return node;
  }

  private static Resource kindOf(Amount.Kind kind) {
    return switch (kind) {
      case EXACT -> DG.exact;
      case UP_TO -> DG.upTo;
      case RANGE -> DG.range;
      case APPROX -> DG.approx;
      case AT_LEAST -> DG.atLeast;
    };
  }

  /** Adds a date if there is one. */
  void addDate(Resource subject, Property property, Optional<LocalDate> date) {
    date.ifPresent(d -> subject.addLiteral(property, date(d)));
  }

  Literal date(LocalDate d) {
    return model.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
  }

  /** Returns an xsd:decimal in canonical form ("4000000000.0"), the form TDB2 gives back, so stored equals mapped. */
  Literal decimal(BigDecimal d) {
    String plain = Names.plain(d);
    return model.createTypedLiteral(plain.contains(".") ? plain : plain + ".0", XSDDatatype.XSDdecimal);
  }

  private Literal nonNegative(int n) {
    return model.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
  }
}
