package dev.dealgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealgraph.App;
import dev.dealgraph.store.Store;
import dev.dealgraph.testing.Http;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves SPARQL, the JSON API and the web pages answer on one port of one real server over a real TDB2 store. */
class OnePortIT {
  private static final String TOKEN = "test-token";
  private static final String INSERT =
      "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> <https://example.org/p> \"v\" } }";
  private static final String ASK = "ASK { <https://example.org/a> <https://example.org/p> \"v\" }";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private App app;
  private Http http;

  @BeforeEach
  void start() {
    app = App.serve(Store.open(dir.resolve("store")), ServerConfig.forTests(Optional.of(TOKEN)));
    http = new Http(app.port());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void sparqlSelectAnswersInJsonAndCsvOnTheSamePortAsTheApi() throws Exception {
    authorizedUpdate(INSERT);
    HttpResponse<String> json = http.sparql("SELECT ?o WHERE { <https://example.org/a> ?p ?o }", "application/sparql-results+json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/sparql-results+json"));
    assertThat(JSON.readTree(json.body()).at("/results/bindings/0/o/value").asText()).isEqualTo("v");

    HttpResponse<String> csv = http.sparql("SELECT ?o WHERE { <https://example.org/a> ?p ?o }", "text/csv");
    assertThat(csv.body()).isEqualToNormalizingNewlines("o\r\nv\r\n".replace("\r", ""));

    HttpResponse<String> health = http.get("/api/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(health.body()).at("/status").asText()).isEqualTo("ok");
    assertThat(JSON.readTree(health.body()).at("/store/generation").isIntegralNumber()).isTrue();
  }

  @Test
  void sparqlQueryByPostFormIsAnswered() {
    HttpResponse<String> response = http.post("/sparql", "application/x-www-form-urlencoded",
        "query=" + Http.encode("SELECT * WHERE { ?s ?p ?o }"), "Accept", "application/sparql-results+xml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<sparql");
  }

  @Test
  void constructAnswersInTurtleNTriplesAndJsonLd() {
    authorizedUpdate(INSERT);
    String construct = "CONSTRUCT WHERE { ?s ?p ?o }";
    assertThat(http.sparql(construct, "text/turtle").body()).contains("<https://example.org/a>");
    assertThat(http.sparql(construct, "application/n-triples").body())
        .contains("<https://example.org/a> <https://example.org/p> \"v\" .");
    assertThat(http.sparql(construct, "application/ld+json").body()).contains("\"@id\"");
    assertThat(http.sparql(construct, "application/rdf+xml").body()).contains("rdf:RDF");
  }

  @Test
  void indexPageIsServedAtRoot() {
    HttpResponse<String> page = http.get("/", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>DealGraph");
  }

  @Test
  void updateWithoutTokenIsRefusedWith401AndChangesNothing() throws Exception {
    HttpResponse<String> refused = http.post("/update", "application/sparql-update", INSERT);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(ask(ASK)).isFalse();

    HttpResponse<String> wrong = http.post("/update", "application/sparql-update", INSERT,
        "Authorization", "Bearer not-the-token");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(ask(ASK)).isFalse();
  }

  @Test
  void updateWithTokenChangesTheStore() throws Exception {
    authorizedUpdate(INSERT);
    assertThat(ask(ASK)).isTrue();
  }

  @Test
  void graphStoreWriteNeedsTheTokenButReadsDoNot() {
    String turtle = "<https://example.org/x> <https://example.org/p> 1 .";
    assertThat(http.post("/data?graph=https://example.org/g2", "text/turtle", turtle).statusCode()).isEqualTo(401);
    HttpResponse<String> written = http.post("/data?graph=https://example.org/g2", "text/turtle", turtle,
        "Authorization", "Bearer " + TOKEN);
    assertThat(written.statusCode()).isIn(200, 201, 204);
    HttpResponse<String> read = http.get("/data?graph=https://example.org/g2", "Accept", "application/n-triples");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("<https://example.org/x>");
  }

  @Test
  void dataWrittenSurvivesARestartOnTheSameStore() throws Exception {
    authorizedUpdate(INSERT);
    app.close();
    app = App.serve(Store.open(dir.resolve("store")), ServerConfig.forTests(Optional.of(TOKEN)));
    http = new Http(app.port());
    assertThat(ask(ASK)).isTrue();
  }

  @Test
  void writesAreOffWithoutAConfiguredToken() throws Exception {
    app.close();
    app = App.serve(Store.open(dir.resolve("store")), ServerConfig.forTests(Optional.empty()));
    http = new Http(app.port());
    HttpResponse<String> refused = http.post("/update", "application/sparql-update", INSERT,
        "Authorization", "Bearer anything");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("writes are disabled");
    assertThat(ask(ASK)).isFalse();
  }

  private void authorizedUpdate(String update) {
    HttpResponse<String> response = http.post("/update", "application/sparql-update", update,
        "Authorization", "Bearer " + TOKEN);
    assertThat(response.statusCode()).as(response.body()).isIn(200, 204);
  }

  private boolean ask(String ask) throws Exception {
    JsonNode answer = JSON.readTree(http.sparql(ask, "application/sparql-results+json").body());
    return answer.get("boolean").asBoolean();
  }
}
