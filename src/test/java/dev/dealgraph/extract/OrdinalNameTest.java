package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An ordinal opening a firm's name of three or more words is part of the name, not a word of counting. */
class OrdinalNameTest {

  private static final String OPENING = "Vandelay Labs raised $90 million in a Series C round.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Orrin Ventures, Halcyon Partners and Second Harbour Capital also participated.",
      "Backers include Orrin Ventures, Halcyon Partners and Second Harbour Capital.",
      "Second Harbour Capital, Orrin Ventures and Halcyon Partners took part."})
  void keepsTheOrdinalThatOpensAFirmsName(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Orrin Ventures -> Vandelay Labs",
        "Halcyon Partners -> Vandelay Labs", "Second Harbour Capital -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Orrin Ventures led the round, the first Orrin Ventures has led this year.",
      "Orrin Ventures led the round; it is the second Orrin Ventures deal in robotics."})
  void readsNoNameIntoACountingOrdinal(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactly("Orrin Ventures -> Vandelay Labs");
  }
}
