package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import org.junit.jupiter.api.Test;

/** Contract of {@code /api/graph} against the real server and a TDB2 store. */
class GraphIT {
  private final ApiServer server = ApiServer.shared();

  @Test
  void GET_graph_around_a_focus_gives_nodes_and_typed_edges() {
    JsonNode graph = server.json("/api/graph?focus=openai");
    assertThat(graph.get("nodes").findValuesAsText("id")).contains("openai", "softbank", "thrive-capital",
        "anthropic", "google", "mistral-ai");
    JsonNode investment = null;
    for (JsonNode e : graph.get("edges")) {
      if (e.get("kind").asText().equals("investment") && e.get("source").asText().equals("softbank")) {
        investment = e;
      }
    }
    assertThat(investment).isNotNull();
    assertThat(investment.get("target").asText()).isEqualTo("openai");
    assertThat(investment.get("status").asText()).isEqualTo("withdrawn");
    assertThat(investment.at("/amount/value").decimalValue()).isEqualByComparingTo("500000000");
    assertThat(server.json("/api/investments/" + investment.get("investment").asText()).get("id").asText())
        .isEqualTo(investment.get("investment").asText());
    assertThat(graph.get("edges").findValuesAsText("kind")).contains("competition");
  }

  @Test
  void GET_graph_filters_deal_edges_and_limits_the_whole_graph() {
    JsonNode completed = server.json("/api/graph?focus=openai&status=completed");
    assertThat(completed.get("edges").findValuesAsText("status")).containsOnly("completed");
    JsonNode euro = server.json("/api/graph?currency=EUR&minAmount=1000000");
    assertThat(euro.get("edges").findValuesAsText("target")).contains("mistral-ai", "pebble-robotics");
    JsonNode small = server.json("/api/graph?limit=2");
    assertThat(small.get("edges")).hasSize(2);
    assertThat(small.get("truncated").asBoolean()).isTrue();
  }

  @Test
  void GET_graph_with_unknown_focus_or_bad_depth_fails_clearly() {
    server.json("/api/graph?focus=nobody-here", 404);
    assertThat(server.json("/api/graph?focus=openai&depth=4", 400).get("detail").asText()).contains("depth");
  }
}
