package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A contest apposed to a clause ("…, a race that also includes A and B") lists rivals of the clause's subject. */
class RivalRaceMembersTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI and Lantern AI are competing to become the default robot software, a race that also includes"
          + " Initech, which builds its own arms, and Hooli.",
      "Quanta AI and Lantern AI are racing to sign carmakers, a contest that includes Initech and Hooli.",
      "Quanta AI and Lantern AI compete for the same hospitals, a fierce battle which now includes Initech and Hooli."})
  void readsTheMembersOfTheRaceAsRivalsOfEachSubject(String text) {
    assertThat(rivals(extract(text))).contains("Initech ~ Quanta AI", "Hooli ~ Quanta AI", "Initech ~ Lantern AI",
        "Hooli ~ Lantern AI", "Lantern AI ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI is building warehouse robots, a race that includes Initech.",
      "Quanta AI sells speech models to call centres, a crowded field that now includes Initech."})
  void readsTheMemberOfAContestAsARivalOfTheSubject(String text) {
    assertThat(rivals(extract(text))).containsExactly("Initech ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Tessier Capital invested in Quanta AI, a race that also includes Initech.",
      "Quanta AI raised $40 million, a round that included Tessier Capital and Kasumi Group.",
      "Quanta AI signed a deal with Globex, a partnership that includes Initech."})
  void readsNoRivalsInAnAppositionOfADealOrPartnership(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }
}
