package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.staged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Investors named in the role they take in a round ("with X serving as lead investor") invest in its company. */
class LeadRoleTest {

  private static final String OPENING = "Vandelay Labs closed a $120 million Series B round on Tuesday.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Vandelay Labs raised $120 million, with Hooli serving as lead investor and Cyberdyne joining.",
      "Vandelay Labs raised $120 million, with Hooli and Cyberdyne acting as co-leads.",
      "Hooli served as lead investor, and Cyberdyne acted as co-lead."})
  void makesTheInvestorInItsRoleAnInvestorOfTheRound(String sentence) {
    assertThat(staged(extract(OPENING, sentence))).containsExactlyInAnyOrder("Hooli -> Vandelay Labs COMPLETED",
        "Cyberdyne -> Vandelay Labs COMPLETED");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli served as lead counsel to the company.",
      "Hooli acted as adviser to Vandelay Labs on the deal."})
  void addsNoInvestorForARoleThatIsNoStake(String sentence) {
    assertThat(staged(extract(OPENING, sentence))).isEmpty();
  }
}
