package dev.dealgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealgraph.App;
import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.store.Store;
import dev.dealgraph.testing.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dereferences DealGraph IRIs on a real server: pages for browsers, descriptions for data clients. */
class LinkedDataIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "https://dealgraph.dev/id/";
  private static final String FIXTURE = """
      @prefix dg: <https://dealgraph.dev/ontology#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
      <https://dealgraph.dev/id/org/amazon> a dg:Company ; rdfs:label "Amazon" .
      <https://dealgraph.dev/id/org/anthropic> a dg:Company ; rdfs:label "Anthropic" .
      <https://dealgraph.dev/id/deal/0123456789abcdef> a dg:Deal ; rdfs:label "Amazon → Anthropic" ;
          dg:investor <https://dealgraph.dev/id/org/amazon> ; dg:investee <https://dealgraph.dev/id/org/anthropic> .
      <https://dealgraph.dev/id/article/a1> a dg:Article ; rdfs:label "A test article" ; nif:isString "Text." .
      <https://dealgraph.dev/id/article/a1#char=0,5> a dg:Evidence ; nif:anchorOf "Text." ;
          nif:referenceContext <https://dealgraph.dev/id/article/a1> .
      """;

  @TempDir Path dir;
  private App app;
  private Http http;

  @BeforeEach
  void start() {
    Store store = Store.open(dir.resolve("store"));
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(FIXTURE).lang(Lang.TURTLE).parse(model);
    store.write(() -> store.dataset().addGraph(NodeFactory.createURI("https://dealgraph.dev/graph/article/a1"),
        model.getGraph()));
    app = App.serve(store, ServerConfig.forTests(Optional.empty()));
    http = new Http(app.port());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void organizationIriAnswersTurtleWithItsDescriptionAndTheDealsPointingAtIt() {
    HttpResponse<String> response = http.get("/id/org/amazon", "Accept", "text/turtle");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/turtle"));
    assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
    Model description = parse(response.body(), Lang.TURTLE);
    assertThat(description.contains(description.createResource(ID + "org/amazon"), null)).isTrue();
    assertThat(description.contains(description.createResource(ID + "deal/0123456789abcdef"), null,
        description.createResource(ID + "org/amazon"))).isTrue();
  }

  @Test
  void sameIriAnswersJsonLdAndNTriples() throws Exception {
    HttpResponse<String> jsonld = http.get("/id/deal/0123456789abcdef", "Accept", "application/ld+json");
    assertThat(jsonld.statusCode()).isEqualTo(200);
    assertThat(jsonld.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/ld+json"));
    JsonNode tree = JSON.readTree(jsonld.body());
    assertThat(tree.toString()).contains(ID + "deal/0123456789abcdef");
    HttpResponse<String> nt = http.get("/id/deal/0123456789abcdef", "Accept", "application/n-triples");
    assertThat(nt.statusCode()).isEqualTo(200);
    assertThat(parse(nt.body(), Lang.NTRIPLES).size()).isGreaterThan(3);
  }

  @Test
  void articleDescriptionCarriesItsEvidenceSpans() {
    HttpResponse<String> nt = http.get("/id/article/a1", "Accept", "application/n-triples");
    assertThat(nt.body()).contains("<" + ID + "article/a1#char=0,5> <http://persistence.uni-leipzig.org/"
        + "nlp2rdf/ontologies/nif-core#anchorOf> \"Text.\"");
  }

  @Test
  void browserGetsTheOrganizationPageAtTheIri() {
    HttpResponse<String> page = http.get("/id/org/amazon", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("/js/pages/org.js");
  }

  @Test
  void eachKindOfResourceGetsItsOwnPage() {
    assertThat(http.get("/id/deal/0123456789abcdef", "Accept", "text/html").body()).contains("/js/pages/deal.js");
    assertThat(http.get("/id/article/a1", "Accept", "text/html").body()).contains("/js/pages/article.js");
    assertThat(http.get("/ontology", "Accept", "text/html").body()).contains("/js/pages/ontology.js");
  }

  @Test
  void unknownResourceIs404ProblemForDataAndA404PageForBrowsers() throws Exception {
    HttpResponse<String> data = http.get("/id/org/no-such-org", "Accept", "text/turtle");
    assertThat(data.statusCode()).isEqualTo(404);
    assertThat(data.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(data.body()).path("detail").asText()).contains(ID + "org/no-such-org");
    HttpResponse<String> page = http.get("/id/org/no-such-org", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("/js/pages/org.js");
  }

  @Test
  void unsupportedAcceptIs406Problem() throws Exception {
    HttpResponse<String> response = http.get("/id/org/amazon", "Accept", "application/pdf");
    assertThat(response.statusCode()).isEqualTo(406);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(response.body()).path("detail").asText()).contains("text/turtle", "application/pdf");
    assertThat(http.get("/ontology", "Accept", "image/png").statusCode()).isEqualTo(406);
  }

  @Test
  void hostileKeysAreNotFoundNeverInjected() {
    for (String key : new String[] {"amazon%3E%20%3Fp%20%3Fo", "x%22%7D%20UNION%20%7B", "%F0%9F%98%80", "a".repeat(3000)}) {
      HttpResponse<String> response = http.get("/id/org/" + key, "Accept", "text/turtle");
      assertThat(response.statusCode()).as(key).isEqualTo(404);
    }
  }

  @Test
  void ontologyIriAnswersTheOntologyInTurtle() {
    HttpResponse<String> response = http.get("/ontology", "Accept", "text/turtle");
    assertThat(response.statusCode()).isEqualTo(200);
    Model ontology = parse(response.body(), Lang.TURTLE);
    assertThat(ontology.containsResource(ontology.createResource("https://dealgraph.dev/ontology#Deal"))).isTrue();
  }

  @Test
  void noAcceptHeaderGetsTurtle() {
    HttpResponse<String> response = http.get("/id/org/amazon");
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/turtle"));
  }

  @Test
  void everyPageAndApiResponseCarriesAContentSecurityPolicyWithoutInlineScripts() {
    for (String path : new String[] {"/", "/index.html", "/js/pages/home.js", "/api/health", "/id/org/amazon",
        "/id/org/missing", "/ontology", "/no/such/page", "/graph.html", "/query.html", "/timeline.html"}) {
      HttpResponse<String> response = http.get(path, "Accept", "text/html");
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
          assertThat(csp.split(";\\s*")).contains("script-src 'self'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }
  }

  private static Model parse(String body, Lang lang) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(body).lang(lang).parse(model);
    return model;
  }
}
