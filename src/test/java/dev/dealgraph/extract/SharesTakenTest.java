package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Shares taken in a deal or a listing make their holder an investor in the issuer, with the sum paid. */
class SharesTakenTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Under the partnership, Kasumi Group got $275 million of Quanta AI stock.|Kasumi Group -> Quanta AI|275000000",
      "In return, Hooli received $60 million of Cyberdyne's equity.|Hooli -> Cyberdyne|60000000",
      "Globex was issued $80 million in new shares of Vandelay Labs.|Globex -> Vandelay Labs|80000000",
      "Northwind Fund anchored the Initech IPO with a $120 million order.|Northwind Fund -> Initech|120000000",
      "Tessier Capital was an anchor investor in Quanta AI's listing, buying $45 million of shares.|"
          + "Tessier Capital -> Quanta AI|45000000"})
  void makesHolderOfSharesAnInvestorInTheIssuer(String text, String pair, String figure) {
    Extraction e = extract(text);
    assertThat(pairs(e)).containsExactly(pair);
    assertThat(e.investments().get(0).amount().orElseThrow().figure()).isEqualByComparingTo(figure);
    assertThat(e.rounds()).noneMatch(r -> pair.startsWith(r.investee().name()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli bought back $3 billion of its own stock last quarter.",
      "Globex received $500 million in orders from Initech.",
      "Cyberdyne bought $40 million of Quanta AI chips.",
      "Initech received more than $1 billion from state funds and is preparing a listing in Shanghai."})
  void readsNoSharesWhereNoneAreTaken(String text) {
    assertThat(pairs(extract(text))).doesNotContain("Initech -> Globex", "Cyberdyne -> Quanta AI", "Globex -> Initech",
        "Hooli -> Hooli");
  }
}
