package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import org.junit.jupiter.api.Test;

/** Contract of {@code /api/stats} against the real server and a TDB2 store. */
class StatsIT {
  private final ApiServer server = ApiServer.shared();

  @Test
  void GET_stats_counts_and_ranks_in_a_currency() {
    JsonNode stats = server.json("/api/stats?top=3");
    assertThat(stats.at("/counts/articles").asInt()).isEqualTo(7);
    assertThat(stats.at("/counts/investments").asInt()).isEqualTo(10);
    assertThat(stats.get("currency").asText()).isEqualTo("USD");
    assertThat(stats.get("biggestInvestments")).hasSize(3);
    assertThat(stats.at("/mostFunded/0/organization/id").asText()).isEqualTo("anthropic");
    assertThat(stats.get("latestArticles")).hasSize(3);

    JsonNode euro = server.json("/api/stats?currency=EUR");
    assertThat(euro.at("/biggestInvestments/0/investors/0/id").asText()).isEqualTo("nvidia");
    assertThat(euro.at("/mostFunded/0/organization/id").asText()).isEqualTo("pebble-robotics");
  }

  @Test
  void GET_stats_with_bad_parameters_returns_400() {
    assertThat(server.json("/api/stats?top=0", 400).get("detail").asText()).contains("top");
    assertThat(server.json("/api/stats?currency=dollars", 400).get("detail").asText()).contains("currency");
  }
}
