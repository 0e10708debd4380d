package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dealgraph.testing.ApiServer;
import org.junit.jupiter.api.Test;

/** Contract of {@code /api/articles} against the real server and a TDB2 store. */
class ArticlesIT {
  private final ApiServer server = ApiServer.shared();

  @Test
  void GET_list_newest_first_with_fact_counts() {
    JsonNode page = server.json("/api/articles");
    assertThat(page.get("total").asInt()).isEqualTo(7);
    assertThat(page.at("/items/0/id").asText()).isEqualTo("n6-follow-ups");
    assertThat(page.at("/items/6/id").asText()).isEqualTo("n7-undated-rumour");
    assertThat(page.at("/items/0/investmentCount").asInt()).isEqualTo(2);
    assertThat(server.json("/api/articles?sort=published").at("/items/0/id").asText())
        .isEqualTo("n1-amazon-pledge");
  }

  @Test
  void GET_list_filters_by_organization_title_and_dates() {
    assertThat(server.json("/api/articles?organization=softbank").get("items").findValuesAsText("id"))
        .containsExactlyInAnyOrder("n3-openai-round", "n6-follow-ups");
    assertThat(server.json("/api/articles?q=mistral").get("total").asInt()).isEqualTo(2);
    assertThat(server.json("/api/articles?from=2024-01-01&to=2024-12-31").get("total").asInt()).isEqualTo(3);
  }

  @Test
  void GET_one_article_gives_text_facts_and_mentions_with_offsets() {
    JsonNode article = server.json("/api/articles/n3-openai-round");
    String text = article.get("text").asText();
    assertThat(article.get("title").asText()).isEqualTo("OpenAI closes a $6.6 billion round");
    assertThat(article.get("investments")).hasSize(2);
    assertThat(article.get("rounds")).hasSize(1);
    assertThat(article.get("competitors")).hasSize(1);
    for (JsonNode fact : article.get("investments")) {
      JsonNode evidence = fact.at("/report/evidence");
      assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
          .isEqualTo(evidence.get("text").asText());
    }
    for (JsonNode mention : article.get("mentions")) {
      assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
          .isEqualTo(mention.get("text").asText());
    }
    server.json("/api/articles/no-such-article", 404);
    server.json("/api/articles/bad%20id", 404);
  }
}
