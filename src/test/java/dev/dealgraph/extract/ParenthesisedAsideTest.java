package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An aside in parentheses between a company and its verb ("Quanta AI (formerly Lumen) raised") names no subject. */
class ParenthesisedAsideTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "In May, Quanta AI (formerly Lumen Robotics) raised $200 million. Backers included Tessier Capital and Globex.",
      "Quanta AI (known in Estonia as Kvant) has raised $200 million. Backers included Tessier Capital and Globex.",
      "Quanta AI (Tallinn) raised $200 million from Tessier Capital and Globex."})
  void readsTheCompanyBeforeAParenthesisedAsideAsTheSubject(String text) {
    assertThat(pairs(extract("Quanta AI funding", text)))
        .contains("Tessier Capital -> Quanta AI", "Globex -> Quanta AI");
  }
}
