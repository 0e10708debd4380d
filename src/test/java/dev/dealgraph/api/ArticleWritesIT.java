package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealgraph.testing.Http;
import dev.dealgraph.testing.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST and DELETE of articles over HTTP against the real server and store. */
class ArticleWritesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "w";
  private static final String ARTICLE = """
      Harrowgate Analytics lands $30 million from Corvid Capital

      Harrowgate Analytics, a startup that builds forecasting models, said on Monday that Corvid Capital
      invested $30 million in the company. Harrowgate competes with Stellwise Labs.
      """;

  @TempDir Path dir;
  private RunningServer server;
  private Http http;

  @BeforeEach
  void start() {
    server = RunningServer.start(dir, Optional.of(TOKEN), Duration.ofSeconds(5), 64 * 1024);
    http = server.http();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void postedArticleIsStoredAndAnsweredWith201AndItsFacts() throws Exception {
    HttpResponse<String> response = post(ARTICLE, "text/plain");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(response.body());
    String id = body.at("/articles/0/id").asText();
    assertThat(response.headers().firstValue("Location")).hasValue("/api/articles/" + id);
    assertThat(body.at("/articles/0/result").asText()).isEqualTo("ingested");
    assertThat(body.at("/report/documents/0/investments/0/investor").asText()).isEqualTo("Corvid Capital");
    assertThat(body.at("/report/documents/0/investments/0/amount/value").asLong()).isEqualTo(30_000_000L);
    assertThat(askArticle(id)).isTrue();
  }

  @Test
  void postingTheSameArticleAgainChangesNothing() throws Exception {
    post(ARTICLE, "text/plain");
    HttpResponse<String> again = post(ARTICLE, "text/plain");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).at("/articles/0/result").asText()).isEqualTo("unchanged");
  }

  @Test
  void deleteRemovesTheArticleAndAnUnknownIdIs404() throws Exception {
    String id = JSON.readTree(post(ARTICLE, "text/plain").body()).at("/articles/0/id").asText();
    assertThat(http.delete("/api/articles/" + id).statusCode()).isEqualTo(401);
    assertThat(http.delete("/api/articles/" + id, "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(204);
    assertThat(askArticle(id)).isFalse();
    HttpResponse<String> missing = http.delete("/api/articles/" + id, "Authorization", "Bearer " + TOKEN);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void writesWithoutOrWithAWrongTokenAreRefused() {
    assertThat(http.post("/api/articles", "text/plain", ARTICLE).statusCode()).isEqualTo(401);
    assertThat(http.post("/api/articles", "text/plain", ARTICLE, "Authorization", "Bearer nope").statusCode())
        .isEqualTo(403);
  }

  @Test
  void badUploadsGetTheirOwnProblemStatus() throws Exception {
    assertProblem(post("x".repeat(70 * 1024), "text/plain"), 413);
    assertProblem(post("GIF89a", "image/gif"), 415);
    assertProblem(post("", "text/plain"), 422);
    assertProblem(post("\u0000\u0001\u0002\u0000\u0000\u0003binary", "application/octet-stream"), 422);
    assertProblem(post("{\"weather\": \"sunny\"}", "application/json"), 422);
  }

  @Test
  void extractAnswersTheReportWithoutStoringAnything() throws Exception {
    HttpResponse<String> response = http.post("/api/extract", "text/plain", ARTICLE);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.at("/documents/0/investments/0/investee").asText()).isEqualTo("Harrowgate Analytics");
    List<String> graphs = server.app().store().read(() -> {
      List<String> names = new java.util.ArrayList<>();
      server.app().store().dataset().listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
      return names;
    });
    assertThat(graphs).noneMatch(g -> g.contains("/graph/article/"));
  }

  private void assertProblem(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(response.body()).get("detail").asText()).isNotBlank();
  }

  private HttpResponse<String> post(String body, String type) {
    return http.post("/api/articles", type, body, "Authorization", "Bearer " + TOKEN);
  }

  private boolean askArticle(String id) throws Exception {
    String ask = "ASK { GRAPH <https://dealgraph.dev/graph/article/" + id + "> { ?s ?p ?o } }";
    return JSON.readTree(http.sparql(ask, "application/sparql-results+json").body()).get("boolean").asBoolean();
  }
}
