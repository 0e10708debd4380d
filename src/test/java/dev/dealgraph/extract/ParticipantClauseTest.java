package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The other participants of a round told after its lead, in clause shapes that name the round only as "it". */
class ParticipantClauseTest {

  private static final String OPENING = "Quillon Robotics closed a $45 million Series B led by Tessier Capital.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Also participating in the round are Orrin Ventures, Halcyon Partners and Brantley Fund.",
      "Also participating are Orrin Ventures, Halcyon Partners and Brantley Fund, along with several angels.",
      "Orrin Ventures, Halcyon Partners and Brantley Fund were also in it.",
      "The round was led by Tessier Capital; Orrin Ventures, Halcyon Partners and Brantley Fund were also in it.",
      "Orrin Ventures, Halcyon Partners and Brantley Fund also put money in.",
      "The round brings together the funds Orrin Ventures, Halcyon Partners and Brantley Fund."})
  void joinsTheOtherParticipantsToTheRoundInContext(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Tessier Capital -> Quillon Robotics",
        "Orrin Ventures -> Quillon Robotics", "Halcyon Partners -> Quillon Robotics",
        "Brantley Fund -> Quillon Robotics");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The participant list was a roll-call of the robotics business: Orrin Ventures, Halcyon Partners and Brantley"
          + " Fund.",
      "The new investor line-up is a mix of old and new money: Orrin Ventures, Halcyon Partners and Brantley Fund.",
      "Finally, three industrial groups have taken a stake: Orrin Ventures, Halcyon Partners and Brantley Fund.",
      "Three more firms also invested: Orrin Ventures, Halcyon Partners and Brantley Fund."})
  void readsAColonListAfterAClauseOfInvestors(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Tessier Capital -> Quillon Robotics",
        "Orrin Ventures -> Quillon Robotics", "Halcyon Partners -> Quillon Robotics",
        "Brantley Fund -> Quillon Robotics");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Orrin Ventures is also participating, as are Halcyon Partners and Brantley Fund.",
      "The round was led by Tessier Capital; Orrin Ventures also took part, as did Halcyon Partners and Brantley Fund.",
      "Orrin Ventures has joined the round, as have Halcyon Partners and Brantley Fund."})
  void givesTheNamesAfterAsAreTheSubjectsPart(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Tessier Capital -> Quillon Robotics",
        "Orrin Ventures -> Quillon Robotics", "Halcyon Partners -> Quillon Robotics",
        "Brantley Fund -> Quillon Robotics");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Its backers in that round were reported to include Orrin Ventures, Halcyon Partners and Brantley Fund.",
      "Investors are said to include Orrin Ventures, Halcyon Partners and Brantley Fund.",
      "Its investors were understood to include Orrin Ventures, Halcyon Partners and Brantley Fund, people said."})
  void readsAListAfterAHedgedInclude(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Tessier Capital -> Quillon Robotics",
        "Orrin Ventures -> Quillon Robotics", "Halcyon Partners -> Quillon Robotics",
        "Brantley Fund -> Quillon Robotics");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Its backers were said to be unhappy with Orrin Ventures.",
      "Its investors are reported to dislike Orrin Ventures and Halcyon Partners."})
  void readsNoListAfterAHedgeWithoutInclude(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactly("Tessier Capital -> Quillon Robotics");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Pellmoor Labs raised $10 million from Orrin Ventures, as did Kestrel Robotics.",
      "Orrin Ventures backed Pellmoor Labs, as did Halcyon Partners in Kestrel Robotics last year."})
  void givesNoPartToANameAfterAsDidWithAnObjectOrAnotherSubject(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).doesNotContain("Kestrel Robotics -> Pellmoor Labs",
        "Halcyon Partners -> Pellmoor Labs", "Halcyon Partners -> Quillon Robotics",
        "Kestrel Robotics -> Quillon Robotics");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The robotics market has three leaders: Orrin Ventures, Halcyon Partners and Brantley Fund.",
      "The participants had one worry: Orrin Ventures wanted a board seat.",
      "Anyone who has taken a stake must follow one rule: Orrin Ventures reports every trade.",
      "Its customers were in it for the long run: Orrin Ventures and Halcyon Partners signed five-year deals."})
  void readsNoParticipantsWhereTheClauseNamesNone(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactly("Tessier Capital -> Quillon Robotics");
  }
}
