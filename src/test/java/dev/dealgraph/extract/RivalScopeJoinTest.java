package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A scope after a rival ("in PC and server chips", "at the high end,") does not end the list of rivals. */
class RivalScopeJoinTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI competes with Initech in PC and server processors and with Hooli in accelerators.",
      "Analysts said Quanta AI, which competes with Initech in chat and search products and with Hooli in coding,"
          + " could be squeezed.",
      "Quanta AI competes with Initech at the high end, and at home with Hooli.",
      "Quanta AI competes with Initech in Europe and with Hooli in Asia."})
  void readsTheRivalAfterAScopeThatJoinsItsOwnWords(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsNoRivalInAClauseThatTurnsToPartnership() {
    assertThat(rivals(extract("Quanta AI competes with Initech in PC chips and partners with Hooli on servers.")))
        .containsExactly("Initech ~ Quanta AI");
  }
}
