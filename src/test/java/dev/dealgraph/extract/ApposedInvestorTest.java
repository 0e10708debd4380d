package dev.dealgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An apposition after an investor tells about the investor; the company its main clause leaves implicit is the
 * round under discussion, never the organization the apposition names.
 */
class ApposedInvestorTest {

  private static final String LEAD = "Quanta AI is raising a new round at a $4 billion valuation, people familiar"
      + " with the talks said.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Marlow, the pension fund that has long been a backer of the chipmaker Cyberdyne, is also in talks to invest.",
      "Marlow, a hedge fund that was an early financier of Cyberdyne, is also in discussions to invest.",
      "Marlow, an investment firm which has been an early backer of Cyberdyne, is in talks to invest as well."})
  void givesTheMainClausesTalksToTheRoundAndTheAppositionsStakeToItsCompany(String sentence) {
    assertThat(Fixtures.staged(Fixtures.extract(LEAD, sentence)))
        .contains("Marlow -> Quanta AI IN_TALKS")
        .doesNotContain("Marlow -> Cyberdyne IN_TALKS");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli, which already owns a stake in Cyberdyne, is in talks to invest more in Cyberdyne.",
      "Hooli is in talks to invest in Cyberdyne."})
  void keepsTheInvesteeTheMainClauseNames(String sentence) {
    assertThat(Fixtures.staged(Fixtures.extract(LEAD, sentence))).contains("Hooli -> Cyberdyne IN_TALKS")
        .noneMatch(d -> d.startsWith("Hooli -> Quanta AI"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli, which plans to sell its models through Cyberdyne, is in talks to invest.",
      "Hooli, a retailer that already runs Cyberdyne's software, is weighing an investment."})
  void keepsAnApposedPartnerThatHoldsNoStakeAsTheImplicitCompany(String sentence) {
    assertThat(Fixtures.pairs(Fixtures.extract("Cyberdyne is raising a new round, people familiar with the talks"
        + " said.", sentence))).containsExactly("Hooli -> Cyberdyne");
  }
}
