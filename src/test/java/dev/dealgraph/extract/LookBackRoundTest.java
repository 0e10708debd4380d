package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A paragraph that turns to a second company tells that company's own rounds: through "its", or after a sentence
 * about its backers that names none, through a round told without a company.
 */
class LookBackRoundTest {

  private static final String FIRST = "Pellmoor Labs closed a $30 million Series C led by Tessier Capital.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quarrow Robotics is the other name in the news today. Its last priced round, a $90 million Series D in May 2023,"
          + " was led by Orrin Ventures. Halcyon Partners and Brantley Fund also put money in.",
      "Quarrow Robotics, a maker of warehouse arms, has a long list of backers. Its Series D was led by Orrin"
          + " Ventures; Halcyon Partners and Brantley Fund were also in it.",
      "Quarrow Robotics tells a different story. Its last round was led by Orrin Ventures, and Halcyon Partners and"
          + " Brantley Fund took part."})
  void givesTheLookBackRoundToTheCompanyTheParagraphTurnedTo(String paragraph) {
    assertThat(pairs(extract(FIRST, paragraph))).containsExactlyInAnyOrder("Tessier Capital -> Pellmoor Labs",
        "Orrin Ventures -> Quarrow Robotics", "Halcyon Partners -> Quarrow Robotics",
        "Brantley Fund -> Quarrow Robotics");
  }

  @Test
  void keepsTheRoundsCompanyWhenTheOtherNameWasAnInvestor() {
    assertThat(pairs(extract(FIRST, "Tessier Capital has many bets. Its stake in Pellmoor Labs was raised later;"
        + " Orrin Ventures also invested in the company.")))
        .contains("Tessier Capital -> Pellmoor Labs", "Orrin Ventures -> Pellmoor Labs")
        .doesNotContain("Orrin Ventures -> Tessier Capital");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quarrow Robotics was backed by much of the same money. A $90 million round in May was led by Orrin Ventures,"
          + " with Halcyon Partners and Brantley Fund among those taking part.",
      "Quarrow Robotics's investors are a similar mix. A $90 million round in May was led by Orrin Ventures;"
          + " Halcyon Partners and Brantley Fund also took part."})
  void givesTheNextRoundToTheCompanyTheSentenceTurnedTo(String paragraph) {
    givesTheLookBackRoundToTheCompanyTheParagraphTurnedTo(paragraph);
  }

  @Test
  void keepsTheRoundWithItsCompanyWhenTheSentenceSpeaksOfNoBackers() {
    assertThat(pairs(extract(FIRST, "Quarrow Robotics makes warehouse arms. The round was led by Orrin Ventures,"
        + " with Halcyon Partners taking part.")))
        .contains("Orrin Ventures -> Pellmoor Labs", "Halcyon Partners -> Pellmoor Labs")
        .noneMatch(p -> p.endsWith("Quarrow Robotics"));
  }

  @Test
  void takesNoInvestorDescribedAsOneForTheTopic() {
    assertThat(pairs(extract(FIRST, "Tessier Capital, already the company's largest investor, declined to comment."
        + " Orrin Ventures also took part in the round.")))
        .contains("Orrin Ventures -> Pellmoor Labs")
        .doesNotContain("Orrin Ventures -> Tessier Capital");
  }
}
