package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A plain "they" before a verb of rivalry stands for the companies the sentence before named together. */
class RivalPluralPronounTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"They also face Initech.", "They now compete with Initech.", "They take on Initech."})
  void pairsEachCompanyOfTheGroupWithTheRival(String second) {
    assertThat(rivals(extract("Zorbit Labs and Quanta AI sell agents to call centres. " + second)))
        .contains("Initech ~ Zorbit Labs", "Initech ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"They also invested in Initech.", "They sold shares to Initech."})
  void readsNoRivalryWithoutAVerbOfRivalry(String second) {
    assertThat(rivals(extract("Zorbit Labs and Quanta AI sell agents to call centres. " + second)))
        .doesNotContain("Initech ~ Zorbit Labs", "Initech ~ Quanta AI");
  }
}
