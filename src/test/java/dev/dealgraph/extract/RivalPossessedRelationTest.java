package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A listed name introduced by a possessive and a relation ("Ana Ruiz's former employer Initech") is the member. */
class RivalPossessedRelationTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "With money in the bank, Quanta AI will compete with Ana Ruiz's former employer Initech, as well as Hooli.",
      "Quanta AI competes with Tessier Capital's portfolio company Initech and with Hooli.",
      "Quanta AI competes with Kasumi Group's parent Initech and with Hooli."})
  void readsTheNameAfterThePossessedRelationAsTheRival(String text) {
    assertThat(rivals(extract("Ana Ruiz founded Quanta AI last year.", text)))
        .contains("Initech ~ Quanta AI", "Hooli ~ Quanta AI")
        .noneMatch(pair -> pair.contains("Ruiz") || pair.contains("Tessier") || pair.contains("Kasumi"));
  }
}
