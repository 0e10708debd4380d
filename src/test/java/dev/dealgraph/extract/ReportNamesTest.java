package dev.dealgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report names each entity the way the article does when the article never uses the canonical name. */
class ReportNamesTest {

  private static JsonNode report(String... paragraphs) throws Exception {
    var article = Fixtures.article(paragraphs);
    String json = ExtractionReport.toJson(List.of(article), List.of(Fixtures.extract(paragraphs)));
    return new ObjectMapper().readTree(json).path("documents").get(0);
  }

  @Test
  void namesACompanyByTheShortFormTheArticleUses() throws Exception {
    JsonNode doc = report("Vandelay raises $40 million", "Northwind invested $40 million in Vandelay on Monday."
        + " Vandelay competes with Initech.");
    assertThat(doc.path("investments").get(0).path("investor").asText()).isEqualTo("Northwind");
    assertThat(doc.path("investments").get(0).path("investee").asText()).isEqualTo("Vandelay");
    assertThat(doc.path("competitors").toString()).contains("\"Vandelay\"").doesNotContain("Vandelay Labs");
  }

  @Test
  void keepsTheCanonicalNameWhenTheArticleUsesItOnce() throws Exception {
    JsonNode doc = report("Northwind Fund invested $40 million in Vandelay. Vandelay Labs makes gloves.");
    assertThat(doc.path("investments").get(0).path("investor").asText()).isEqualTo("Northwind Fund");
    assertThat(doc.path("investments").get(0).path("investee").asText()).isEqualTo("Vandelay Labs");
  }

  @Test
  void namesAProductsMakerByItsOwnName() throws Exception {
    JsonNode doc = report("Globex invested $2 billion in the maker of HooliChat. HooliChat competes with Latex.");
    JsonNode pair = doc.path("competitors").get(0);
    assertThat(List.of(pair.path("a").asText(), pair.path("b").asText())).containsExactly("Hooli", "Vandelay Labs");
  }
}
