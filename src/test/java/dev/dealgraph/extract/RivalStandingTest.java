package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rivalry told through standing: a leader ahead of others, a company's biggest threat, incumbents to unseat. */
class RivalStandingTest {

  private static final String LEAD = "Quanta AI sells speech models to banks.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Initech remains the market leader, ahead of Quanta AI and Hooli.",
      "Initech leads the market, well ahead of Quanta AI and Hooli."})
  void readsTheCompaniesBehindAMarketLeaderAsItsRivals(String text) {
    assertThat(rivals(extract(LEAD, text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Globex led the round, ahead of Tessier Capital and Hooli.",
      "Initech, the market leader, announced the deal ahead of Hooli's results."})
  void readsBackersRankedInARoundOrATimeAheadOfAnEventAsNoRivals(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Initech is its biggest threat.", "Initech is now its fiercest competitor."})
  void readsTheOwnerOfARivalNamedAfterACopulaAsAnotherCompany(String text) {
    assertThat(rivals(extract(LEAD, text))).containsExactly("Initech ~ Quanta AI");
  }

  @Test
  void readsTheAntecedentOfAnObjectRelativeClauseAsTheRivals() {
    assertThat(rivals(extract(LEAD, "Banking is led by Initech and Hooli, which Quanta AI hopes to unseat.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Its accuracy rivals that of Initech.", "Its accuracy already rivals Initech's."})
  void readsRivalsAsTheVerbOfTheOwnersNoun(String text) {
    assertThat(rivals(extract(LEAD, text))).containsExactly("Initech ~ Quanta AI");
  }

  @Test
  void readsAnObjectRelativeClauseOfBackingAsNoRivalry() {
    assertThat(rivals(extract(LEAD, "Initech and Hooli, which Globex backs, are growing fast."))).isEmpty();
  }
}
