package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A name joined by a hyphen to a participle ("Globex-based clouds") describes a phrase whose examples name it. */
class HyphenModifierTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tensor Labs is taking on Globex-based GPU clouds such as Initech and Hooli.",
      "Tensor Labs competes with Globex-powered services like Initech and Hooli."})
  void readsTheExamplesAsTheRivalsAndNotTheDescribingName(String text) {
    assertThat(rivals(extract(text))).contains("Initech ~ Tensor Labs", "Hooli ~ Tensor Labs")
        .doesNotContain("Globex ~ Tensor Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Tensor Labs is taking on Globex-based GPU clouds."})
  void readsNoRivalFromADescribingNameAlone(String text) {
    assertThat(rivals(extract(text))).doesNotContain("Globex ~ Tensor Labs");
  }
}
