package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A company that also chases the same prize after sentences of rivalry is a rival of each company they joined. */
class RivalRaceJoinerTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI, the expert-network start-up, is also now vying for the same contracts.",
      "Quanta AI is also chasing the same hospital customers.",
      "Quanta AI also goes after the same factory buyers."})
  void readsALoneCompanyChasingTheSamePrizeAsARivalOfTheGroup(String text) {
    assertThat(rivals(extract("Initech competes with Hooli in speech data, and Lantern AI sells to the same labs.",
        "Hooli is seen as the challenger for coding data, and Lantern AI is Initech's closest competitor.", text)))
        .contains("Initech ~ Quanta AI", "Hooli ~ Quanta AI", "Lantern AI ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI is vying for contracts in Spain.",
      "Quanta AI is also chasing new hospital customers.",
      "Tessier Capital is also now vying for the same deals, backing Quanta AI."})
  void readsNoRivalryWithoutTheSamePrizeOrInADeal(String text) {
    assertThat(rivals(extract("Initech competes with Hooli in speech data.", text)))
        .containsExactly("Hooli ~ Initech");
  }
}
