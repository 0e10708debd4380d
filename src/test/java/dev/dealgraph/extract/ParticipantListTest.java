package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every member of a list of round participants, known to the gazetteer or not, invests in the round's company. */
class ParticipantListTest {

  private static final String OPENING = "Vandelay Labs raised $90 million in a Series C round.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The round was led by Tessier Capital, with participation from Orrin Ventures, Halvard Partners and Hooli.",
      "Other investors in the round include Tessier Capital, Orrin Ventures, Halvard Partners and Hooli.",
      "Tessier Capital, Orrin Ventures, Halvard Partners and Hooli also took part.",
      "Tessier Capital, Orrin Ventures, Halvard Partners and Hooli invested as well.",
      "The round drew Tessier Capital, Orrin Ventures, Halvard Partners and Hooli.",
      "The round brought in Tessier Capital, Orrin Ventures, Halvard Partners and Hooli.",
      "Hooli joined the round, together with Tessier Capital, Orrin Ventures and Halvard Partners.",
      "The round was joined by Tessier Capital and Orrin Ventures, alongside Halvard Partners and Hooli."})
  void makesEveryListMemberAnInvestor(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Tessier Capital -> Vandelay Labs",
        "Orrin Ventures -> Vandelay Labs", "Halvard Partners -> Vandelay Labs", "Hooli -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli, Orrin Ventures and Tessier Capital were among the investors.",
      "Hooli, Orrin Ventures and Tessier Capital are among its new backers."})
  void readsAListAmongTheInvestorsAsInvestorsInTheRound(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Hooli -> Vandelay Labs",
        "Orrin Ventures -> Vandelay Labs", "Tessier Capital -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli and Orrin Ventures came in as new investors; Tessier Capital, all existing backers, put in more.",
      "Returning investors Hooli, Orrin Ventures and Tessier Capital added to their stakes.",
      "Hooli, Orrin Ventures and Tessier Capital participated alongside other funds.",
      "Participants in the round are Hooli, Orrin Ventures and Tessier Capital.",
      "New backers include Hooli, alongside a group of strategic investors: Orrin Ventures and Tessier Capital.",
      "Backing came from Hooli, which put in $40 million, and from Orrin Ventures and Tessier Capital.",
      "Most of the money came from Hooli and Orrin Ventures; the rest came from Tessier Capital."})
  void readsParticipationPredicatesAndCopularListsAsInvestorsInTheRound(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Hooli -> Vandelay Labs",
        "Orrin Ventures -> Vandelay Labs", "Tessier Capital -> Vandelay Labs");
  }

  @Test
  void continuesAListAfterCommaAsWellAsByADescribedName() {
    assertThat(pairs(extract(OPENING, "The round was also backed by Hooli and Orrin Ventures, as well as by the"
        + " French public investment bank Bpifrance.")))
        .containsExactlyInAnyOrder("Hooli -> Vandelay Labs", "Orrin Ventures -> Vandelay Labs",
            "Bpifrance -> Vandelay Labs");
  }

  @Test
  void readsTakingUpTheRestAsJoiningTheRound() {
    assertThat(pairs(extract(OPENING, "Hooli put in $50 million, and Orrin Ventures took up the rest.")))
        .contains("Orrin Ventures -> Vandelay Labs");
  }

  @Test
  void readsAmongItsBackersFollowedByTheRound() {
    assertThat(pairs(extract(OPENING, "Hooli and Orrin Ventures were among its backers in the latest round.")))
        .containsExactlyInAnyOrder("Hooli -> Vandelay Labs", "Orrin Ventures -> Vandelay Labs");
  }

  @Test
  void readsTakingMoneyFromAGroupAsRaisingIt() {
    assertThat(pairs(extract("Vandelay Labs took $600 million from a group led by Orrin Ventures.",
        "Hooli took part in the round.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Vandelay Labs", "Hooli -> Vandelay Labs");
  }

  @Test
  void neverMakesTheBuyerOfAStakeARoundRaiser() {
    Extraction e = extract("Hooli took a $300 million stake in Vandelay Labs.");
    assertThat(pairs(e)).containsExactly("Hooli -> Vandelay Labs");
    assertThat(e.rounds()).isEmpty();
  }

  @Test
  void readsPastParticipationPredicatesAsCompletedDeals() {
    Extraction e = extract(OPENING, "Returning investors Hooli and Orrin Ventures each added to their stakes,"
        + " and Tessier Capital came in as a new backer.");
    assertThat(e.investments()).hasSize(3).allMatch(i -> i.status() == Status.COMPLETED);
  }

  @Test
  void makesThePersonBehindADescriptionTheInvestor() {
    assertThat(pairs(extract(OPENING, "Investors in the round include Hooli and Amazon founder Jeff Bezos"
        + " investing through Bezos Expeditions.")))
        .containsExactlyInAnyOrder("Hooli -> Vandelay Labs", "Jeff Bezos -> Vandelay Labs");
  }

  @Test
  void readsCompletingAFinancingAsRaisingIt() {
    assertThat(pairs(extract("Last May Cyberdyne completed a financing of $80 million led by Orrin Ventures.")))
        .containsExactly("Orrin Ventures -> Cyberdyne");
  }

  @Test
  void keepsInvestorsJoiningALeadOutOfTheLeads() {
    Round round = extract(OPENING, "Tessier Capital led the round, joined by Orrin Ventures and Hooli.").rounds()
        .get(0);
    assertThat(round.leads()).extracting(Entity::name).containsExactly("Tessier Capital");
    assertThat(round.participants()).extracting(Entity::name).containsExactly("Orrin Ventures", "Hooli");
  }

  @Test
  void leavesEachParticipantWithoutTheRoundTotal() {
    Extraction e = extract(OPENING, "Tessier Capital led it, joined by Orrin Ventures and Halvard Partners.");
    assertThat(e.investments()).allMatch(i -> i.amount().isEmpty());
  }

  @Test
  void readsAFundArmOfAKnownCompanyAsItsOwnOrganization() {
    assertThat(pairs(extract(OPENING, "Hooli Ventures and Globex Capital Partners also participated.")))
        .containsExactlyInAnyOrder("Hooli Ventures -> Vandelay Labs", "Globex Capital Partners -> Vandelay Labs");
  }

  @Test
  void readsAcronymsAndAmpersandNamesInAList() {
    assertThat(pairs(extract(OPENING, "Existing investors QDF, Marrow & Lisle Capital and Hooli also participated.")))
        .containsExactlyInAnyOrder("QDF -> Vandelay Labs", "Marrow & Lisle Capital -> Vandelay Labs",
            "Hooli -> Vandelay Labs");
  }
}
