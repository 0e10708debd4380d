package dev.dealgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Extraction;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ontology.DG;
import dev.dealgraph.ontology.Ontology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

class ShapeValidatorTest {
  private final ShapeValidator validator = ShapeValidator.standard();

  @Test
  void everyFixtureArticleGraphConforms() {
    List<String> violations = new ArrayList<>();
    FixtureCorpus.articles().forEach((a, x) ->
        validator.violations(ArticleGraph.map(a, x)).forEach(v -> violations.add(a.id() + ": " + v)));
    assertThat(violations).isEmpty();
  }

  @Test
  void gazetteerGraphConforms() {
    assertThat(validator.violations(GazetteerGraph.map(FixtureCorpus.gazetteer()))).isEmpty();
  }

  @Test
  void ontologyConformsToItsOwnShapes() {
    assertThat(validator.violations(Ontology.standard().model())).isEmpty();
  }

  @Test
  void dealWithoutInvesteeIsRejected() {
    Model m = firstArticleGraph();
    Resource deal = only(m, DG.Deal);
    m.removeAll(deal, DG.investee, null);
    assertThat(validator.violations(m)).containsExactly(
        "<" + Iris.article("a1-amazon-announces") + ">: dg:investedIn is derived: a live deal report or a round lead "
            + "or participant must back <" + Iris.org("Amazon") + "> dg:investedIn <" + Iris.org("Anthropic")
            + "> (value: <" + Iris.org("Amazon") + ">)",
        "<" + deal.getURI() + "> dg:investee: a deal has exactly one dg:investee, an organization");
  }

  @Test
  void evidenceThatIsNotTheTextBetweenItsOffsetsIsRejected() {
    Model m = firstArticleGraph();
    Resource evidence = m.listSubjectsWithProperty(RDF.type, DG.Evidence).next();
    m.removeAll(evidence, Vocab.anchorOf, null).add(evidence, Vocab.anchorOf, "Amazon said nothing.");
    assertThat(validator.violations(m)).singleElement().asString()
        .isEqualTo("<" + Iris.article("a1-amazon-announces") + ">: a text span's nif:anchorOf must be the article "
            + "text between its offsets, and its IRI must end in #char={begin},{end} (value: <" + evidence.getURI() + ">)");
  }

  @Test
  void upToAmountWithAnExactValueIsRejected() {
    Model m = firstArticleGraph();
    Resource upTo = m.listSubjectsWithProperty(DG.amountKind, DG.upTo).next();
    upTo.addLiteral(SchemaDO.value, m.createTypedLiteral(new BigDecimal("4000000000")));
    assertThat(validator.violations(m)).singleElement().asString()
        .contains("an amount's figures must fit its kind");
  }

  @Test
  void confidenceAboveOneIsRejected() {
    Model m = firstArticleGraph();
    Resource claim = m.listSubjectsWithProperty(RDF.type, DG.DealReport).next();
    m.removeAll(claim, DG.confidence, null).addLiteral(claim, DG.confidence, m.createTypedLiteral(new BigDecimal("1.5")));
    assertThat(validator.violations(m)).singleElement().asString()
        .isEqualTo("<" + claim.getURI() + "> dg:confidence: a claim has exactly one dg:confidence, an xsd:decimal "
            + "in (0, 1] (value: 1.5)");
  }

  @Test
  void oneWayCompetesWithIsRejected() {
    Model m = firstArticleGraph();
    m.remove(m.createResource(Iris.org("OpenAI")), DG.competesWith, m.createResource(Iris.org("Anthropic")));
    assertThat(validator.violations(m)).hasSize(2).allSatisfy(line -> assertThat(line).contains("competesWith"));
  }

  @Test
  void validateListsEveryViolationOneALine() {
    Model m = firstArticleGraph();
    Resource deal = only(m, DG.Deal);
    Resource article = only(m, DG.Article);
    m.removeAll(article, DG.origin, null);
    m.removeAll(deal, RDFS.label, null);
    assertThatThrownBy(() -> validator.validate(m, "article a1-amazon-announces"))
        .isInstanceOf(DealGraphException.class)
        .satisfies(e -> assertThat(((DealGraphException) e).kind()).isEqualTo(DealGraphException.Kind.INVALID_CONTENT))
        .hasMessage("article a1-amazon-announces breaks 2 rules of ontology/shapes.ttl:\n"
            + "<" + article.getURI() + "> dg:origin: an article has exactly one dg:origin\n"
            + "<" + deal.getURI() + "> rdfs:label: a deal has exactly one rdfs:label");
  }

  private static Model firstArticleGraph() {
    Map.Entry<Article, Extraction> first = FixtureCorpus.articles().entrySet().iterator().next();
    return ArticleGraph.map(first.getKey(), first.getValue());
  }

  private static Resource only(Model m, RDFNode type) {
    List<Resource> all = m.listSubjectsWithProperty(RDF.type, type).toList();
    assertThat(all).hasSize(1);
    return all.get(0);
  }
}
