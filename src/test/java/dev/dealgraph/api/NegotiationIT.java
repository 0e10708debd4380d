package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.server.ServerConfig;
import dev.dealgraph.testing.ApiServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content negotiation (406), CORS and query timeouts (503) of the JSON API. */
class NegotiationIT {
  @TempDir Path dir;

  @Test
  void GET_with_an_accept_the_resource_cannot_produce_returns_406_problem() {
    ApiServer server = ApiServer.shared();
    for (String[] request : List.of(new String[] {"/api/investments", "text/html"},
        new String[] {"/api/organizations", "text/csv"}, new String[] {"/api/organizations/amazon", "image/png"},
        new String[] {"/api/queries/most-active-investors", "application/xml"})) {
      HttpResponse<String> response = server.http().get(request[0], "Accept", request[1]);
      assertThat(response.statusCode()).as(request[0] + " for " + request[1]).isEqualTo(406);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(ApiServer.parse(response.body()).get("detail").asText()).contains("application/json");
    }
    assertThat(server.http().get("/api/investments", "Accept", "text/html, */*;q=0.8").statusCode()).isEqualTo(200);
  }

  @Test
  void cors_is_off_by_default_and_answers_configured_origins() {
    assertThat(ApiServer.shared().http().get("/api/stats", "Origin", "https://ui.example").headers()
        .firstValue("Access-Control-Allow-Origin")).isEmpty();
    ServerConfig config = new ServerConfig("127.0.0.1", 0, Optional.empty(), Duration.ofSeconds(5),
        List.of("https://ui.example"), 1024 * 1024);
    try (ApiServer server = ApiServer.start(dir, config)) {
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> allowed = server.http().get("/api/stats", "Origin", "https://ui.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).as("answer " + i)
            .contains("https://ui.example");
      }
      assertThat(server.http().get("/api/stats", "Origin", "https://evil.example").headers()
          .firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void a_query_past_the_time_limit_is_a_503_problem_never_a_partial_200() {
    ServerConfig config = new ServerConfig("127.0.0.1", 0, Optional.empty(), Duration.ofMillis(1), List.of(),
        1024 * 1024);
    try (ApiServer server = ApiServer.start(dir, config)) {
      int timeouts = 0;
      for (String path : List.of("/api/organizations?sort=-investments", "/api/stats", "/api/graph",
          "/api/investments?limit=500", "/api/articles")) {
        HttpResponse<String> response = server.http().get(path);
        assertThat(response.statusCode()).as(path).isIn(200, 503);
        ApiServer.parse(response.body());
        if (response.statusCode() == 503) {
          timeouts++;
          assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
              t -> assertThat(t).startsWith("application/problem+json"));
        }
      }
      assertThat(timeouts).as("requests cut off by a 1 ms limit").isPositive();
    }
  }
}
