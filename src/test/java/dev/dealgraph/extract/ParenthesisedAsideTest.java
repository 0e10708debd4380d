package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An aside between a company and its verb names no subject: one in parentheses ("Quanta AI (formerly Lumen)
 * raised"), or an apposition describing the founder a participle names ("Quanta AI, founded by Ana Ruiz, a
 * physicist, raised").
 */
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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI, founded by Ana Ruiz, a physicist, raised $56 million in a round led by Tessier Capital.",
      "Quanta AI, founded by Ana Ruiz and Ben Ode, two former professors, has raised $56 million in a round led by"
          + " Tessier Capital.",
      "Quanta AI, started by Ana Ruiz, one of the early engineers at Globex, raised $56 million in a round led by"
          + " Tessier Capital."})
  void readsTheCompanyBeforeAParticipleAndItsFoundersApposition(String text) {
    assertThat(pairs(extract("Quanta AI funding", text))).contains("Tessier Capital -> Quanta AI")
        .doesNotContain("Tessier Capital -> Globex");
  }
}
