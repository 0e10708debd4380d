package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of {@code /api/investments} against the real server and a TDB2 store. */
class InvestmentsIT {
  private final ApiServer server = ApiServer.shared();

  private List<String> investors(String query) {
    List<String> ids = new ArrayList<>();
    server.json("/api/investments" + query).get("items").forEach(i -> ids.add(i.at("/investors/0/id").asText()));
    return ids;
  }

  @Test
  void GET_list_gives_each_deal_with_parties_amount_status_and_sources() {
    JsonNode page = server.json("/api/investments?investor=amazon&sort=amount");
    assertThat(page.get("total").asInt()).isEqualTo(2);
    JsonNode pledge = page.at("/items/0");
    assertThat(pledge.at("/investee/id").asText()).isEqualTo("anthropic");
    assertThat(pledge.at("/amount/kind").asText()).isEqualTo("upTo");
    assertThat(pledge.at("/amount/max").decimalValue()).isEqualByComparingTo("4000000000");
    assertThat(pledge.at("/amount/currency").asText()).isEqualTo("USD");
    assertThat(pledge.at("/amount/text").asText()).isEqualTo("up to $4 billion");
    assertThat(pledge.get("status").asText()).isEqualTo("completed");
    JsonNode first = pledge.at("/sources/0");
    assertThat(first.at("/article/id").asText()).isEqualTo("n1-amazon-pledge");
    assertThat(first.at("/article/title").asText()).isNotBlank();
    assertThat(first.at("/article/published").asText()).isEqualTo("2023-09-25");
    assertThat(first.at("/article/url").asText()).startsWith("https://");
    assertThat(first.get("status").asText()).isEqualTo("announced");
    assertThat(first.at("/evidence/text").asText()).startsWith("Amazon will put up to $4 billion");
    assertThat(first.at("/evidence/end").asInt()).isGreaterThan(first.at("/evidence/start").asInt());
    assertThat(first.at("/tranches/0/value").decimalValue()).isEqualByComparingTo("1250000000");
    assertThat(pledge.at("/sources/1/status").asText()).isEqualTo("completed");
  }

  @Test
  void GET_list_filters_by_status_currency_amount_round_and_dates() {
    assertThat(investors("?status=withdrawn")).containsExactly("softbank");
    assertThat(investors("?status=rumored,inTalks")).containsExactlyInAnyOrder("nvidia", "google");
    assertThat(investors("?currency=EUR&minAmount=25000000")).containsExactlyInAnyOrder("nvidia", "lumen-ventures");
    assertThat(investors("?currency=EUR&maxAmount=2.5e7")).containsExactlyInAnyOrder("jane-roe", "microsoft");
    assertThat(investors("?round=series%20b")).containsExactlyInAnyOrder("jane-roe", "lumen-ventures");
    assertThat(investors("?investee=mistral-ai&from=2025-01-01&to=2025-12-31"))
        .containsExactlyInAnyOrder("nvidia", "microsoft");
    assertThat(investors("?investor=no-such-firm")).isEmpty();
  }

  @Test
  void GET_list_sorts_stably_and_pages_without_overlap() {
    List<String> all = new ArrayList<>();
    server.json("/api/investments?sort=-amount&limit=100").get("items").forEach(i -> all.add(i.get("id").asText()));
    List<String> paged = new ArrayList<>();
    String next = "/api/investments?sort=-amount&limit=3";
    while (next != null) {
      JsonNode page = server.json(next);
      page.get("items").forEach(i -> paged.add(i.get("id").asText()));
      next = page.has("next") ? page.get("next").asText() : null;
    }
    assertThat(paged).isEqualTo(all).hasSize(10).doesNotHaveDuplicates();
    assertThat(server.json("/api/investments?sort=-amount&limit=1").at("/items/0/investors/0/id").asText())
        .isEqualTo("amazon");
  }

  @Test
  void GET_one_deal_by_id_gives_all_reports_over_time() {
    String id = server.json("/api/investments?investor=softbank").at("/items/0/id").asText();
    JsonNode deal = server.json("/api/investments/" + id);
    assertThat(deal.get("reportCount").asInt()).isEqualTo(2);
    assertThat(deal.get("sources").findValuesAsText("status")).containsExactly("inTalks", "withdrawn");
    assertThat(deal.get("status").asText()).isEqualTo("withdrawn");
    assertThat(deal.get("firstReported").asText()).isEqualTo("2024-10-02");
    assertThat(deal.get("lastReported").asText()).isEqualTo("2025-06-01");
  }

  @Test
  void GET_one_deal_as_json_ld_uses_ontology_terms() {
    String id = server.json("/api/investments?investor=softbank").at("/items/0/id").asText();
    JsonNode doc = ApiServer.parse(server.http().get("/api/investments/" + id, "Accept", "application/ld+json")
        .body());
    assertThat(doc.get("@type").asText()).isEqualTo("dg:Deal");
    assertThat(doc.get("iri").asText()).isEqualTo("https://dealgraph.dev/id/deal/" + id);
    assertThat(doc.get("status").asText()).isEqualTo("dg:withdrawn");
    assertThat(doc.at("/investee/@id").asText()).isEqualTo("https://dealgraph.dev/id/org/openai");
    assertThat(doc.at("/amount/kind").asText()).isEqualTo("dg:exact");
  }

  @Test
  void GET_unknown_or_malformed_deal_returns_404_problem() {
    assertThat(server.json("/api/investments/0123456789abcdef", 404).get("title").asText()).isEqualTo("Not found");
    server.json("/api/investments/not-a-deal-id", 404);
  }

  @Test
  void GET_with_bad_parameters_returns_400_naming_them() {
    assertThat(server.json("/api/investments?status=maybe", 400).get("detail").asText()).contains("status");
    assertThat(server.json("/api/investments?currency=usd", 400).get("detail").asText()).contains("currency");
    assertThat(server.json("/api/investments?minAmount=-5", 400).get("detail").asText()).contains("minAmount");
    assertThat(server.json("/api/investments?minAmount=9&maxAmount=1", 400).get("detail").asText())
        .contains("minAmount");
    assertThat(server.json("/api/investments?from=2024-13-01", 400).get("detail").asText()).contains("from");
    assertThat(server.json("/api/investments?investor=Amazon%20Inc", 400).get("detail").asText())
        .contains("investor");
    assertThat(server.json("/api/investments?limit=501", 400).get("detail").asText()).contains("limit");
    assertThat(server.json("/api/investments?offset=-1", 400).get("detail").asText()).contains("offset");
    assertThat(server.json("/api/investments?limit=5&limit=6", 400).get("detail").asText()).contains("limit");
  }
}
