package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import org.junit.jupiter.api.Test;

/** Contract of {@code /api/competitors} against the real server and a TDB2 store. */
class CompetitorsIT {
  private final ApiServer server = ApiServer.shared();

  @Test
  void GET_rivals_of_an_organization_with_evidence() {
    JsonNode page = server.json("/api/competitors?of=openai");
    assertThat(page.get("items").findValuesAsText("id")).contains("openai");
    assertThat(page.get("total").asInt()).isEqualTo(3);
    JsonNode first = page.at("/items/0");
    assertThat(first.at("/organization/id").asText()).isEqualTo("openai");
    assertThat(first.get("sourceCount").asInt()).isEqualTo(1);
    assertThat(first.at("/sources/0/article/id").asText()).isNotBlank();
    assertThat(first.at("/sources/0/evidence/text").asText()).isNotBlank();
  }

  @Test
  void GET_every_pair_once_and_pages() {
    JsonNode page = server.json("/api/competitors?limit=2");
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(page.get("next").asText()).contains("offset=2");
  }

  @Test
  void GET_rivals_of_unknown_organization_returns_404_and_bad_id_400() {
    server.json("/api/competitors?of=nobody-at-all", 404);
    assertThat(server.json("/api/competitors?of=%7Bx%7D", 400).get("detail").asText()).contains("of");
  }
}
