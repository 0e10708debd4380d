package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rivalry noun opening an adjunct of a deal's sentence is the backed company's, not its backer's. */
class RivalBackersTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tessier Capital led a $40 million round in Quanta AI as competition with Initech and Hooli heats up.",
      "Tessier Capital invested $40 million in Quanta AI amid growing competition from Initech and Hooli.",
      "Tessier Capital backed Quanta AI with $40 million despite stiff competition from Initech and Hooli."})
  void givesTheCompetitionToTheCompanyBacked(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tessier Capital, which faces competition from Kasumi Group, led a round in Quanta AI.",
      "Through its stake in Quanta AI, Tessier Capital finds itself in competition with Kasumi Group."})
  void keepsTheBackersOwnRivalryWhenItIsStated(String text) {
    assertThat(rivals(extract(text))).containsExactly("Kasumi Group ~ Tessier Capital");
  }
}
