package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A round told as the occasion of a valuation belongs to the company valued, the sentence's subject. */
class ValuedRoundTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech, founded in 2016, was previously valued at about $14 billion in a 2023 round led by Tessier Capital,"
          + " in which Globex and Kasumi Group both took part.",
      "Initech was valued at $14 billion in a round led by Tessier Capital, with Globex and Kasumi Group joining.",
      "Initech was last valued at $14 billion in its Series D led by Tessier Capital; Globex and Kasumi Group also"
          + " took part."})
  void givesTheRoundThatValuedACompanyToThatCompany(String sentence) {
    assertThat(pairs(extract("Initech weighs a listing", sentence)))
        .contains("Tessier Capital -> Initech", "Globex -> Initech", "Kasumi Group -> Initech");
  }

  @Test
  void readsNoCompanyFromAnInvestorsOwnValuation() {
    assertThat(pairs(extract("Globex news", "Globex invested in a round led by Tessier Capital last year.")))
        .noneMatch(p -> p.endsWith("-> Globex"));
  }
}
