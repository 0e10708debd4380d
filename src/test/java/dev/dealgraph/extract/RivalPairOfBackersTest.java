package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Both" and "the two" after a sentence that states one rivalry stand for its two rivals, never for the backers a
 * round in that sentence lists.
 */
class RivalPairOfBackersTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Both companies pitch themselves as local challengers to Cyberdyne.",
      "The two present themselves as rivals of Cyberdyne.",
      "Both take on Cyberdyne in banking."})
  void readsBothAsTheRivalsNotTheBackersListedBefore(String text) {
    assertThat(rivals(extract("Quanta AI competes with Lantern AI, the Lisbon start-up that raised $40 million in a"
        + " round led by Tessier Capital with participation from Northwind Fund and Kasumi Group.", text)))
        .containsExactlyInAnyOrder("Lantern AI ~ Quanta AI", "Cyberdyne ~ Quanta AI", "Cyberdyne ~ Lantern AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Both companies pitch themselves as challengers to Cyberdyne.",
      "The two companies are both up against Cyberdyne."})
  void readsBothAsTheCompaniesThatRaisedNotTheirBackers(String text) {
    assertThat(rivals(extract("Quanta AI raised $50 million from Tessier Capital and Kasumi Group.",
        "Lantern AI raised $20 million from Northwind Fund and Globex.", text)))
        .containsExactlyInAnyOrder("Cyberdyne ~ Quanta AI", "Cyberdyne ~ Lantern AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI competes with both.", "Quanta AI competes with both companies.",
      "Quanta AI is up against both of them."})
  void readsBothAsTheTwoRivalsTheSentenceBeforeJoined(String text) {
    assertThat(rivals(extract("Initech's most formidable competitor is Hooli, whose assistant is sold to hospitals.",
        text))).containsExactlyInAnyOrder("Hooli ~ Initech", "Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Both are based in Boston.", "The two firms often invest together."})
  void readsNoRivalryOfBackersThatAreNotSaidToCompete(String text) {
    assertThat(rivals(extract("Quanta AI raised $50 million from Tessier Capital and Kasumi Group.", text)))
        .isEmpty();
  }
}
