package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sentence of its own that lists a round's participants adds them to the round named before. */
class ParticipantSentenceTest {

  private static final String OPENING = "Cyberdyne has closed a $140 million Series D.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "It also drew Tessier Capital, Orrin Ventures and Halvard Partners.",
      "Also participating were Tessier Capital, Orrin Ventures and Halvard Partners.",
      "They were joined by Tessier Capital, Orrin Ventures and Halvard Partners.",
      "The financing also attracted Tessier Capital, Orrin Ventures and Halvard Partners.",
      "The round included Tessier Capital, Orrin Ventures and Halvard Partners.",
      "Existing backers Tessier Capital, Orrin Ventures and Halvard Partners returned.",
      "Participants also included Tessier Capital, Orrin Ventures, and Halvard Partners.",
      "Existing backers such as Tessier Capital, Orrin Ventures and Halvard Partners also joined.",
      "The round drew a long list of backers: Tessier Capital, Orrin Ventures and Halvard Partners.",
      "The startup's backers now include Tessier Capital, Orrin Ventures and Halvard Partners.",
      "The round's other backers: Tessier Capital, Orrin Ventures and Halvard Partners.",
      "Tessier Capital led, with Orrin Ventures and Halvard Partners following on.",
      "Tessier Capital doubled down, as did Orrin Ventures and Halvard Partners.",
      "Others in the round: Tessier Capital, Orrin Ventures and Halvard Partners.",
      "The company raised the money with Tessier Capital leading and Orrin Ventures and Halvard Partners joining.",
      "Tessier Capital, Orrin Ventures and Halvard Partners put in more money, the company said."})
  void addsAListOpeningItsOwnSentenceToTheRoundBefore(String sentence) {
    Extraction e = extract(OPENING, sentence);
    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Orrin Ventures -> Cyberdyne",
        "Halvard Partners -> Cyberdyne");
    assertThat(e.investments()).allMatch(i -> i.status() == Status.COMPLETED && i.amount().isEmpty());
  }

  @Test
  void keepsAStateRunBankInTheListBehindItsDescription() {
    assertThat(pairs(extract(OPENING, "They were joined by the state-run Aldmark Development Bank and Orrin"
        + " Ventures.")))
        .containsExactlyInAnyOrder("Aldmark Development Bank -> Cyberdyne", "Orrin Ventures -> Cyberdyne");
  }

  @Test
  void makesThePersonBehindATitleTheInvestorNotTheCompanyHeRan() {
    assertThat(pairs(extract(OPENING, "Orrin Ventures re-upped, as did former Hooli chief technology officer"
        + " Daniel Varga and his longtime investing partner Sarah Lund.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Cyberdyne", "Daniel Varga -> Cyberdyne",
            "Sarah Lund -> Cyberdyne");
  }

  @Test
  void keepsTheFundWhenItsOwnPartnerIsNamed() {
    assertThat(pairs(extract(OPENING, "The round was led by Tessier Capital general partner Sarah Lund.")))
        .containsExactly("Tessier Capital -> Cyberdyne");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Sarah Lund, formerly of Hooli, joined as chief scientist.",
      "A former Hooli engineer joined as head of research in May.",
      "It also drew criticism from regulators.",
      "It drew praise from Hooli."})
  void addsNoInvestorForHiresOrListsWithoutParticipants(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).isEmpty();
  }

  @Test
  void readsJoiningAsANewInvestorAsParticipation() {
    assertThat(pairs(extract(OPENING, "Orrin Ventures joined as a new investor.")))
        .containsExactly("Orrin Ventures -> Cyberdyne");
  }

  @Test
  void makesAUnitNamedAfterItsOwnersDescriptionTheMember() {
    assertThat(pairs(extract(OPENING, "Also participating were Orrin Ventures and Hooli's venture arm, Hooli Ventures,"
        + " which will help with sales.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Cyberdyne", "Hooli Ventures -> Cyberdyne");
  }

  @Test
  void keepsTheMemberBeforeAnOwnersInvestmentUnit() {
    assertThat(pairs(extract(OPENING, "Orrin Ventures and Hooli's investment unit Hooli Ventures took part in the"
        + " round.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Cyberdyne", "Hooli Ventures -> Cyberdyne");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The round was led by Tessier Capital, whose portfolio includes Hooli and Globex.",
      "The round was led by Tessier Capital, whose customers include Hooli and Globex.",
      "Tessier Capital, which has also backed Hooli, Globex and Initech, led the round."})
  void leavesALeadsOwnHoldingsOutOfTheRound(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Tessier Capital -> Cyberdyne")
        .noneMatch(p -> p.endsWith("-> Cyberdyne") && !p.startsWith("Tessier Capital"));
  }

  @Test
  void givesTheListTheCompanyWhoseRoundTheSentenceNames() {
    assertThat(pairs(extract(OPENING, "Initech raised money from Orrin Ventures in the past.",
        "Also participating in the Cyberdyne round were Tessier Capital and Halvard Partners.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Initech", "Tessier Capital -> Cyberdyne",
            "Halvard Partners -> Cyberdyne");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The company also drew Tessier Capital and Halvard Partners.",
      "Leading the round was Tessier Capital, and Halvard Partners joined it."})
  void readsADescribedSubjectOrAnOpeningLeadAsTheRoundBefore(String sentence) {
    assertThat(pairs(extract(OPENING, sentence)))
        .containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Halvard Partners -> Cyberdyne");
  }

  @Test
  void neverGivesTheListToAnInvestorThatRaisedItsOwnFund() {
    assertThat(pairs(extract("Cyberdyne has raised $140 million in a Series D led by Tessier Capital.",
        "Tessier Capital raised a $2 billion fund last year from pension funds.",
        "Other participants included Orrin Ventures and Halvard Partners.")))
        .contains("Orrin Ventures -> Cyberdyne", "Halvard Partners -> Cyberdyne")
        .doesNotContain("Orrin Ventures -> Tessier Capital", "Halvard Partners -> Tessier Capital");
  }

  @Test
  void readsANameGluedToANumberAsAMember() {
    assertThat(pairs(extract(OPENING, "The round was led by 8VC and Orrin Ventures.")))
        .containsExactlyInAnyOrder("8VC -> Cyberdyne", "Orrin Ventures -> Cyberdyne");
  }

  @Test
  void readsAFormerExecutiveOfAnUnknownCompanyAsTheFirstMember() {
    assertThat(pairs(extract(OPENING, "The round drew former Brisco executive Daniel Varga and Orrin Ventures.")))
        .containsExactlyInAnyOrder("Daniel Varga -> Cyberdyne", "Orrin Ventures -> Cyberdyne");
  }

  @Test
  void readsABillionaireBehindHisTitleAsAMember() {
    assertThat(pairs(extract(OPENING, "The round's investors also included billionaire Daniel Varga.")))
        .containsExactly("Daniel Varga -> Cyberdyne");
  }

  @Test
  void readsAFormerExecutiveAfterAsWellAsAsThePerson() {
    assertThat(pairs(extract(OPENING, "New investors in the round are Tessier Capital and Orrin Ventures, as well as"
        + " former Hooli chief executive Daniel Varga.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Orrin Ventures -> Cyberdyne",
            "Daniel Varga -> Cyberdyne");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The company's customers: Hooli and Globex.",
      "Tessier Capital led the charge against the plan."})
  void readsNoParticipantsFromOtherListsOrLeads(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).isEmpty();
  }
}
