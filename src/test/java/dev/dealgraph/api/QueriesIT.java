package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Contract of {@code /api/queries} against the real server and a TDB2 store. */
class QueriesIT {
  private final ApiServer server = ApiServer.shared();

  @Test
  void GET_queries_lists_every_named_query_with_its_parameters() {
    JsonNode list = server.json("/api/queries");
    assertThat(list.get("items").findValuesAsText("name")).contains("deals-of-investor", "most-active-investors");
    for (JsonNode q : list.get("items")) {
      assertThat(q.get("description").asText()).isNotBlank();
      assertThat(q.get("href").asText()).isEqualTo("/api/queries/" + q.get("name").asText());
    }
  }

  @Test
  void GET_query_runs_with_typed_parameters_as_json_rows() {
    JsonNode result = server.json("/api/queries/deals-of-investor?investor=/id/org/amazon");
    assertThat(result.get("count").asInt()).isEqualTo(2);
    assertThat(result.get("columns").findValuesAsText("investee")).isEmpty();
    assertThat(result.at("/rows/0/investeeName").asText()).isEqualTo("Anthropic");
    assertThat(result.at("/rows/0/magnitude").isNumber()).isTrue();
  }

  @Test
  void GET_query_answers_csv_when_asked() {
    HttpResponse<String> csv = server.http().get("/api/queries/deals-of-investor?investor=/id/org/amazon",
        "Accept", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("deal,investee,");
    assertThat(lines).hasSize(3);
  }

  @Test
  void GET_query_with_bad_or_missing_parameters_returns_400_and_unknown_query_404() {
    assertThat(server.json("/api/queries/deals-of-investor", 400).get("detail").asText()).contains("investor");
    assertThat(server.json("/api/queries/deals-of-investor?investor=/id/org/amazon&limit=abc", 400)
        .get("detail").asText()).contains("limit");
    assertThat(server.json("/api/queries/deals-of-investor?investor=/id/org/amazon&colour=red", 400)
        .get("detail").asText()).contains("colour");
    server.json("/api/queries/no-such-query", 404);
  }
}
