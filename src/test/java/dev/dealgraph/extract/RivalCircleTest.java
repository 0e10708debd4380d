package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "They all" after a sentence naming three or more rivals makes each of them a rival of the others. */
class RivalCircleTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"They all go after the same factory customers.",
      "They all compete for the same hospital contracts."})
  void readsTheyAllAsEveryRivalTheSentenceBeforeNamed(String text) {
    assertThat(rivals(extract("Quanta AI competes with Initech, with Hooli and with Cyberdyne.", text)))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI", "Cyberdyne ~ Quanta AI",
            "Hooli ~ Initech", "Cyberdyne ~ Initech", "Cyberdyne ~ Hooli");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"They all raised money last year.", "They all sell to hospitals in Spain."})
  void readsNoMoreRivalsWhenTheyAllDoSomethingElse(String text) {
    assertThat(rivals(extract("Quanta AI competes with Initech, with Hooli and with Cyberdyne.", text)))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI", "Cyberdyne ~ Quanta AI");
  }
}
