package dev.dealgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractionReportTest {

  @Test
  void writesOneDocumentPerArticleWithOffsetsIntoTheText() throws Exception {
    var article = Fixtures.article("Globex invested $1.5 billion in Initech. Initech competes with Vandelay Labs.");
    String json = ExtractionReport.toJson(List.of(article), List.of(Fixtures.extract(article.text())));
    JsonNode doc = new ObjectMapper().readTree(json).path("documents").get(0);
    assertThat(doc.path("source").asText()).isEqualTo("test.txt");
    assertThat(doc.path("published").isNull()).isTrue();
    JsonNode deal = doc.path("investments").get(0);
    assertThat(deal.path("investor").asText()).isEqualTo("Globex");
    assertThat(deal.path("amount").path("value").asLong()).isEqualTo(1_500_000_000L);
    assertThat(deal.path("amount").path("currency").asText()).isEqualTo("USD");
    assertThat(deal.path("status").asText()).isEqualTo("completed");
    assertThat(article.text().substring(deal.path("evidenceStart").asInt(), deal.path("evidenceEnd").asInt()))
        .isEqualTo(deal.path("evidence").asText());
    assertThat(doc.path("competitors").get(0).path("a").asText()).isEqualTo("Initech");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EXACT|{\"value\":4000000000,\"currency\":\"USD\"}",
      "UP_TO|{\"max\":4000000000,\"currency\":\"USD\"}",
      "APPROX|{\"approx\":4000000000,\"currency\":\"USD\"}",
      "AT_LEAST|{\"min\":4000000000,\"currency\":\"USD\"}"})
  void writesEachAmountShape(String kind, String expected) {
    Amount amount = new Amount(Amount.Kind.valueOf(kind), new java.math.BigDecimal("4E+9"), java.util.Optional.empty(),
        "USD", "4bn");
    assertThat(ExtractionReport.amount(amount).toString()).isEqualTo(expected);
  }

  @Test
  void writesARangeAsMinAndMax() {
    Amount range = Amount.range(new java.math.BigDecimal("4000000000"), new java.math.BigDecimal("6e9"), "EUR", "x");
    assertThat(ExtractionReport.amount(range).toString())
        .isEqualTo("{\"min\":4000000000,\"max\":6000000000,\"currency\":\"EUR\"}");
  }
}
