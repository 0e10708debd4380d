package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import org.junit.jupiter.api.Test;

/** Contract of {@code /api/organizations} against the real server and a TDB2 store. */
class OrganizationsIT {
  private final ApiServer server = ApiServer.shared();

  @Test
  void GET_organization_has_names_family_deals_rivals_and_links() {
    JsonNode amazon = server.json("/api/organizations/amazon");
    assertThat(amazon.get("name").asText()).isEqualTo("Amazon");
    assertThat(amazon.get("kind").asText()).isEqualTo("company");
    assertThat(amazon.get("iri").asText()).isEqualTo("https://dealgraph.dev/id/org/amazon");
    assertThat(amazon.get("wikidata").asText()).isEqualTo("https://www.wikidata.org/wiki/Q3884");
    assertThat(amazon.get("aliases")).isNotEmpty();
    assertThat(amazon.get("subsidiaries").findValuesAsText("id")).contains("amazon-web-services");
    assertThat(amazon.at("/investmentsMade/count").asInt()).isEqualTo(2);
    assertThat(amazon.at("/investmentsMade/byStatus/completed").asInt()).isEqualTo(2);
    assertThat(amazon.at("/investmentsMade/latest/0/investee/id").asText()).isEqualTo("anthropic");
    assertThat(amazon.get("articleCount").asInt()).isEqualTo(3);
    assertThat(amazon.at("/links/investmentsMade").asText()).isEqualTo("/api/investments?investor=amazon");
  }

  @Test
  void GET_list_pages_with_total_and_next_link() {
    JsonNode first = server.json("/api/organizations?q=a&limit=2");
    assertThat(first.get("items")).hasSize(2);
    assertThat(first.get("total").asInt()).isGreaterThan(2);
    String next = first.get("next").asText();
    assertThat(next).contains("offset=2").contains("limit=2").contains("q=a");
    JsonNode second = server.json(next);
    assertThat(second.get("offset").asInt()).isEqualTo(2);
    assertThat(second.at("/items/0/id").asText()).isNotEqualTo(first.at("/items/0/id").asText());
  }

  @Test
  void GET_list_filters_by_kind_and_sorts_by_activity() {
    JsonNode people = server.json("/api/organizations?kind=person");
    assertThat(people.get("items").findValuesAsText("id")).containsExactly("jane-roe");
    JsonNode busiest = server.json("/api/organizations?sort=-investments&limit=1");
    assertThat(busiest.at("/items/0/id").asText()).isEqualTo("anthropic");
    assertThat(busiest.at("/items/0/investmentsReceived").asInt()).isEqualTo(3);
  }

  @Test
  void GET_unknown_organization_returns_404_problem() {
    JsonNode problem = server.json("/api/organizations/no-such-company", 404);
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("detail").asText()).contains("no-such-company");
  }

  @Test
  void GET_with_bad_parameters_returns_400_naming_them() {
    assertThat(server.json("/api/organizations?kind=alien", 400).get("detail").asText()).contains("kind");
    assertThat(server.json("/api/organizations?limit=0", 400).get("detail").asText()).contains("limit");
    assertThat(server.json("/api/organizations?limt=5", 400).get("detail").asText()).contains("limt");
    assertThat(server.json("/api/organizations?sort=size", 400).get("detail").asText()).contains("sort");
  }

  @Test
  void GET_organization_as_json_ld_names_it_by_its_iri() {
    var response = server.http().get("/api/organizations/amazon", "Accept", "application/ld+json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/ld+json"));
    JsonNode doc = ApiServer.parse(response.body());
    assertThat(doc.get("@context").asText()).endsWith("/api/context.jsonld");
    assertThat(doc.get("@type").asText()).isEqualTo("dg:Organization");
    assertThat(doc.at("/subsidiaries/0/@id").asText()).startsWith("https://dealgraph.dev/id/org/");
  }
}
