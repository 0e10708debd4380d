package dev.dealgraph.graph;

import static dev.dealgraph.graph.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Competition;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Evidence;
import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.Investment;
import dev.dealgraph.extract.Status;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ontology.DG;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

class ArticleGraphTest {
  private static final Entity BAR = Fixtures.discovered("Bar Ventures", EntityKind.INVESTOR);
  private static final Entity ACME = Fixtures.discovered("Acme AI", EntityKind.COMPANY);
  private static final Entity ANTHROPIC = Fixtures.known("Anthropic");

  @Test
  void mapsSmallArticleToTheExpectedTurtle() {
    Article a = smallArticle();
    Model actual = ArticleGraph.map(a, smallExtraction(a), Instant.parse("2024-01-16T08:00:00Z"));
    Model expected = turtle("/dealgraph/graph/small-article.ttl");
    assertThat(difference(actual, expected)).as("triples mapped but not expected").isEmpty();
    assertThat(difference(expected, actual)).as("triples expected but not mapped").isEmpty();
    assertThat(actual.isIsomorphicWith(expected)).isTrue();
  }

  @Test
  void remappingTheSameInputGivesIdenticalTriples() {
    FixtureCorpus.articles().forEach((a, x) -> {
      Model first = ArticleGraph.map(a, x);
      Model second = ArticleGraph.map(a, x);
      assertThat(statements(first)).as(a.id()).isEqualTo(statements(second));
      assertThat(first.listSubjects().filterKeep(Resource::isAnon).toList()).as("blank nodes in " + a.id()).isEmpty();
    });
  }

  @Test
  void typesEveryCompanyAndFundWithTheirSuperclasses() {
    Model m = ArticleGraph.map(smallArticle(), smallExtraction(smallArticle()));
    assertThat(m.listSubjectsWithProperty(RDF.type, SchemaDO.Organization).mapWith(Resource::getURI).toSet())
        .containsExactlyInAnyOrder(Iris.org("Acme AI"), Iris.org("Bar Ventures"), Iris.org("Example Wire"));
  }

  @Test
  void typesInvestorsFromDealsButLeavesGazetteerEntitiesUnlabelled() {
    Map.Entry<Article, Extraction> second = FixtureCorpus.articles().entrySet().stream().skip(1).findFirst().get();
    Model m = ArticleGraph.map(second.getKey(), second.getValue());
    Resource google = m.createResource(Iris.org("Google"));
    assertThat(google.hasProperty(RDF.type, DG.Investor)).isTrue();
    assertThat(google.hasProperty(DG.investedIn, m.createResource(Iris.org("Anthropic")))).isTrue();
    assertThat(google.hasProperty(org.apache.jena.vocabulary.RDFS.label)).isFalse();
  }

  @Test
  void withdrawnDealTypesTheInvestorWithoutInvestedIn() {
    Model m = ArticleGraph.map(fooLabs().getKey(), fooLabs().getValue());
    Resource acme = m.createResource(Iris.org("Acme Capital"));
    assertThat(acme.hasProperty(RDF.type, DG.Investor)).isTrue();
    assertThat(acme.hasProperty(DG.investedIn)).isFalse();
  }

  @Test
  void countsOffsetsInCodePointsAsNifRequires() {
    Map.Entry<Article, Extraction> foo = fooLabs();
    Evidence evidence = foo.getValue().investments().get(0).evidence();
    Model m = ArticleGraph.map(foo.getKey(), foo.getValue());
    // The title's rocket is two Java chars but one code point.
    String iri = Iris.span(foo.getKey().id(), evidence.start() - 1, evidence.end() - 1);
    assertThat(m.containsResource(m.createResource(iri))).isTrue();
    assertThat(ShapeValidator.standard().violations(m)).isEmpty();
  }

  @Test
  void dealsOfTheSameAmountShareOneNodeAcrossArticles() {
    Article first = article("x1", "One", LocalDate.of(2024, 1, 1), "Wire", "Bar Ventures invested $10 million in Acme AI.");
    Article second = article("x2", "Two", LocalDate.of(2024, 2, 1), "Wire", "Bar Ventures put $10 million into Acme AI.");
    Resource dealOne = only(ArticleGraph.map(first, dealOnly(first, Status.ANNOUNCED)), DG.Deal);
    Resource dealTwo = only(ArticleGraph.map(second, dealOnly(second, Status.COMPLETED)), DG.Deal);
    assertThat(dealOne.getURI()).isEqualTo(dealTwo.getURI());
  }

  @Test
  void seriesLabelsInAnySpellingShareOneRound() {
    Model m = ArticleGraph.map(fooLabs().getKey(), fooLabs().getValue());
    List<Resource> rounds = m.listSubjectsWithProperty(RDF.type, DG.Round).toList();
    assertThat(rounds).hasSize(1);
    assertThat(rounds.get(0).getProperty(DG.seriesLabel).getString()).isEqualTo("Series B");
    assertThat(m.listSubjectsWithProperty(DG.partOfRound, rounds.get(0)).toList()).hasSize(1);
  }

  @Test
  void offsetsOutsideTheTextAreRejectedNamingTheArticle() {
    Article a = smallArticle();
    Investment far = new Investment(BAR, ACME, Optional.empty(), Status.RUMORED, Optional.empty(), Optional.empty(),
        List.of(), new Evidence("gone", 500, 504, 0.5));
    Extraction x = new Extraction(List.of(), List.of(far), List.of(), List.of());
    assertThatThrownBy(() -> ArticleGraph.map(a, x))
        .isInstanceOf(DealGraphException.class)
        .hasMessage("article t1: offsets 500..504 fall outside its text of 104 characters");
  }

  @Test
  void articleIdThatCannotBeAnIriIsRejected() {
    Article a = smallArticle();
    Article spaced = new Article("t 1", a.origin(), a.title(), a.published(), a.source(), a.url(), a.text(),
        a.contentHash(), Map.of());
    assertThatThrownBy(() -> ArticleGraph.map(spaced, Extraction.empty()))
        .isInstanceOf(DealGraphException.class)
        .hasMessageContaining("'t 1'");
  }

  static Article smallArticle() {
    return article("t1", "Acme AI gets $10 million", LocalDate.of(2024, 1, 15), "Example Wire",
        "Bar Ventures invested $10 million in Acme AI. Acme AI competes with Anthropic.");
  }

  static Extraction smallExtraction(Article a) {
    return new Extraction(List.of(Fixtures.mention(a, BAR, "Bar Ventures")),
        List.of(new Investment(BAR, ACME, Optional.of(Amount.exact(new BigDecimal("10000000"), "USD", "$10 million")),
            Status.COMPLETED, Optional.empty(), Optional.empty(), List.of(),
            Fixtures.evidence(a, "Bar Ventures invested $10 million in Acme AI.", 0.9))),
        List.of(),
        List.of(new Competition(ACME, ANTHROPIC, Fixtures.evidence(a, "Acme AI competes with Anthropic.", 0.8))));
  }

  private static Extraction dealOnly(Article a, Status status) {
    String sentence = a.text().substring(a.text().indexOf("Bar"));
    Amount amount = Amount.exact(new BigDecimal("1E+7"), "USD", "$10 million");
    return new Extraction(List.of(), List.of(new Investment(BAR, ACME, Optional.of(amount), status, Optional.empty(),
        Optional.empty(), List.of(), Fixtures.evidence(a, sentence, 0.9))), List.of(), List.of());
  }

  private static Map.Entry<Article, Extraction> fooLabs() {
    return FixtureCorpus.articles().entrySet().stream().filter(e -> e.getKey().id().equals("a4-foo-labs"))
        .findFirst().orElseThrow();
  }

  private static Resource only(Model m, Resource type) {
    List<Resource> all = m.listSubjectsWithProperty(RDF.type, type).toList();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static Set<String> statements(Model m) {
    return m.listStatements().toList().stream().map(Statement::toString).collect(Collectors.toSet());
  }

  private static List<String> difference(Model a, Model b) {
    return a.difference(b).listStatements().toList().stream().map(Statement::toString).sorted().toList();
  }

  private static Model turtle(String resource) {
    Model m = ModelFactory.createDefaultModel();
    try (InputStream in = ArticleGraphTest.class.getResourceAsStream(resource)) {
      RDFParser.source(in).lang(Lang.TURTLE).parse(m);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return m;
  }
}
