package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "The race to build …" is a noun: the members of a list before it are not made rivals of one another by it. */
class RivalRaceNounTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI has fallen behind rivals Initech and Hooli in the race to build agents.",
      "Quanta AI trails rivals Initech and Hooli in the fight for hospital contracts."})
  void readsTheListedRivalsOnlyAsRivalsOfTheSubject(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Initech and Hooli are racing to build agents.",
      "Initech and Hooli fight for hospital contracts."})
  void readsAGroupThatRacesAsRivals(String text) {
    assertThat(rivals(extract(text))).containsExactly("Hooli ~ Initech");
  }
}
