package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import org.junit.jupiter.api.Test;

/** Contract of {@code /api/rounds} against the real server and a TDB2 store. */
class RoundsIT {
  private final ApiServer server = ApiServer.shared();

  @Test
  void GET_list_gives_rounds_with_totals_valuations_parties_and_sources() {
    JsonNode page = server.json("/api/rounds?sort=-amount");
    assertThat(page.get("total").asInt()).isEqualTo(2);
    JsonNode openAi = page.at("/items/0");
    assertThat(openAi.at("/investee/id").asText()).isEqualTo("openai");
    assertThat(openAi.at("/amount/value").decimalValue()).isEqualByComparingTo("6600000000");
    assertThat(openAi.at("/valuation/value").decimalValue()).isEqualByComparingTo("157000000000");
    assertThat(openAi.get("leads").findValuesAsText("id")).containsExactly("thrive-capital");
    assertThat(openAi.get("participants").findValuesAsText("id")).containsExactly("microsoft", "nvidia");
    assertThat(openAi.at("/sources/0/evidence/text").asText()).startsWith("OpenAI closed $6.6 billion");
  }

  @Test
  void GET_list_filters_by_series_investee_and_investor() {
    assertThat(server.json("/api/rounds?series=Series%20B").get("items").findValuesAsText("label")).hasSize(1);
    assertThat(server.json("/api/rounds?investee=openai").get("total").asInt()).isEqualTo(1);
    assertThat(server.json("/api/rounds?investor=jane-roe").at("/items/0/investee/id").asText())
        .isEqualTo("pebble-robotics");
    assertThat(server.json("/api/rounds?investee=amazon").get("items")).isEmpty();
  }

  @Test
  void GET_one_round_lists_the_deals_placed_in_it() {
    String id = server.json("/api/rounds?investee=pebble-robotics").at("/items/0/id").asText();
    JsonNode round = server.json("/api/rounds/" + id);
    assertThat(round.get("series").asText()).isEqualTo("Series B");
    assertThat(round.at("/amount/kind").asText()).isEqualTo("range");
    assertThat(round.at("/amount/min").decimalValue()).isEqualByComparingTo("40000000");
    assertThat(round.at("/amount/max").decimalValue()).isEqualByComparingTo("50000000");
    assertThat(round.at("/amount/currency").asText()).isEqualTo("EUR");
    assertThat(round.get("investments").findValuesAsText("status")).containsExactlyInAnyOrder("completed",
        "announced");
    server.json("/api/rounds/ffffffffffffffff", 404);
    assertThat(server.json("/api/rounds?sort=biggest", 400).get("detail").asText()).contains("sort");
  }
}
