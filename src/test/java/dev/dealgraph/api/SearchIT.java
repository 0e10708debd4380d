package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import org.junit.jupiter.api.Test;

/** Contract of {@code /api/search} against the real server and a TDB2 store with the shipped gazetteer. */
class SearchIT {
  private final ApiServer server = ApiServer.shared();

  @Test
  void GET_search_ranks_exact_then_prefix_and_tolerates_typos() {
    JsonNode hits = server.json("/api/search?q=anthropic");
    assertThat(hits.at("/items/0/id").asText()).isEqualTo("anthropic");
    assertThat(hits.at("/items/0/match").asText()).isEqualTo("exact");
    assertThat(server.json("/api/search?q=antrhopic").at("/items/0/id").asText()).isEqualTo("anthropic");
    assertThat(server.json("/api/search?q=pebble").at("/items/0/id").asText()).isEqualTo("pebble-robotics");
    assertThat(server.json("/api/search?q=Jane").at("/items/0/kind").asText()).isEqualTo("person");
    assertThat(server.json("/api/search?q=a&limit=3").get("items")).hasSize(3);
  }

  @Test
  void GET_search_without_q_or_with_bad_limit_returns_400() {
    assertThat(server.json("/api/search", 400).get("detail").asText()).contains("q");
    assertThat(server.json("/api/search?q=x&limit=51", 400).get("detail").asText()).contains("limit");
  }
}
