package dev.dealgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import dev.dealgraph.testing.Http;
import dev.dealgraph.testing.RunningServer;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Covers each Jena/Fuseki hazard recorded in the engineering notes, against the real server. */
class SparqlHazardsIT {
  private static final String TOKEN = "t";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private RunningServer server;
  private Http http;

  @BeforeEach
  void start() {
    server = RunningServer.start(dir, Optional.of(TOKEN), Duration.ofSeconds(1), 5L * 1024 * 1024);
    http = server.http();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void malformedSparqlIs400ProblemWithLineAndColumn() throws Exception {
    HttpResponse<String> response = http.sparql("SELECT ?s WHERE {\n  ?s ?p \n}}", "application/json");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = problem(response);
    assertThat(problem.get("detail").asText()).contains("line 3").contains("column");
  }

  @Test
  void malformedUpdateIs400Problem() throws Exception {
    HttpResponse<String> response = http.post("/update", "application/sparql-update", "INSERT DATA { <a> ",
        "Authorization", "Bearer " + TOKEN);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem(response).get("status").asInt()).isEqualTo(400);
  }

  @Test
  void twoByteTurtleThatCrashesTheParserIs400Not500() throws Exception {
    HttpResponse<String> response = http.post("/data?graph=https://example.org/g", "text/turtle", ":%",
        "Authorization", "Bearer " + TOKEN);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem(response).get("detail").asText()).contains("Turtle");
  }

  @Test
  void malformedTurtleNamesLineAndColumn() throws Exception {
    HttpResponse<String> response = http.post("/data?graph=https://example.org/g", "text/turtle",
        "<https://e/a> <https://e/p> 1 .\n<https://e/b> <https://e/p> .", "Authorization", "Bearer " + TOKEN);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem(response).get("detail").asText()).contains("line 2");
  }

  @Test
  void unsupportedUploadTypeIs415() throws Exception {
    HttpResponse<String> response = http.post("/data?graph=https://example.org/g", "application/x-unknown", "x",
        "Authorization", "Bearer " + TOKEN);
    assertThat(response.statusCode()).isEqualTo(415);
    problem(response);
  }

  @Test
  void unknownAcceptIs406() throws Exception {
    HttpResponse<String> response = http.sparql("SELECT * WHERE { ?s ?p ?o }", "application/x-nothing");
    assertThat(response.statusCode()).isEqualTo(406);
    problem(response);
  }

  @Test
  void unknownPathIs404Problem() throws Exception {
    HttpResponse<String> response = http.get("/no/such/thing");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(problem(response).get("instance").asText()).isEqualTo("/no/such/thing");
  }

  @Test
  void queryOverTheTimeoutIs503NeverA200WithTruncatedBodyAndTheServerKeepsServing() throws Exception {
    loadTriples(2000);
    String explosive = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    for (String accept : List.of("application/sparql-results+json", "text/csv")) {
      // Either the whole answer was held back and the timeout is a 503, or more than the server holds back had
      // been streamed and the connection is aborted: never a complete-looking 200.
      HttpResponse<String> response;
      try {
        response = http.sparql(explosive, accept);
      } catch (IllegalStateException aborted) {
        assertThat(aborted).as(accept).hasCauseInstanceOf(java.io.IOException.class);
        continue;
      }
      assertThat(response.statusCode()).as(accept).isEqualTo(503);
      assertThat(problem(response).get("detail").asText()).contains("time limit");
    }
    HttpResponse<String> counted = http.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "application/json");
    assertThat(counted.statusCode()).isEqualTo(503);

    assertThat(processCpuSecondsOver(Duration.ofMillis(1500))).as("CPU seconds burnt after the timeout")
        .isLessThan(0.75);
    HttpResponse<String> ok = http.sparql("ASK { ?s ?p ?o }", "application/json");
    assertThat(ok.statusCode()).isEqualTo(200);
  }

  private void loadTriples(int n) {
    StringBuilder turtle = new StringBuilder();
    for (int i = 0; i < n; i++) {
      turtle.append("<https://e/s").append(i).append("> <https://e/p> ").append(i).append(" .\n");
    }
    HttpResponse<String> response = http.post("/data?graph=https://example.org/big", "text/turtle",
        turtle.toString(), "Authorization", "Bearer " + TOKEN);
    assertThat(response.statusCode()).isIn(200, 201, 204);
  }

  private static double processCpuSecondsOver(Duration window) throws InterruptedException {
    var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long before = os.getProcessCpuTime();
    Thread.sleep(window.toMillis());
    return (os.getProcessCpuTime() - before) / 1e9;
  }

  private static JsonNode problem(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain("at org.apache", "Exception:");
    return problem;
  }
}
