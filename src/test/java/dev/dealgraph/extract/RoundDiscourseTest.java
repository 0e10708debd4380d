package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Investors of "the round" the article is about, named in a sentence that does not name its company again. */
class RoundDiscourseTest {

  private static final String OPENING = "Initech said it had raised $900 million in a Series F.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Marlow Ventures and Pike Street Capital led it.",
      "Pike Street Capital co-led it with Marlow Ventures.",
      "Marlow Ventures and Pike Street Capital joined it, the company said."})
  void readsItAfterAVerbOfLeadingAsTheRound(String sentence) {
    Extraction e = extract(OPENING, sentence);
    assertThat(pairs(e)).containsExactlyInAnyOrder("Marlow Ventures -> Initech", "Pike Street Capital -> Initech");
    assertThat(e.investments()).allMatch(i -> i.status() == Status.COMPLETED);
  }

  @Test
  void givesTheRoundNamedBeforeTheLeadsOfIt() {
    assertThat(extract(OPENING, "Marlow Ventures and Pike Street Capital led it.").rounds()).singleElement()
        .satisfies(r -> {
          assertThat(r.investee().name()).isEqualTo("Initech");
          assertThat(r.series()).contains("Series F");
          assertThat(r.leads()).extracting(Entity::name)
              .containsExactlyInAnyOrder("Marlow Ventures", "Pike Street Capital");
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Marlow Ventures led it to a record year.",
      "Its founder Ada Park led it for a decade."})
  void readsNoRoundInItFollowedByWhatItWasLedTo(String sentence) {
    assertThat(pairs(extract("Initech makes robots for warehouses.", sentence))).isEmpty();
  }

  @Test
  void addsAJoiningListAndTheBackersAfterAsDid() {
    assertThat(pairs(extract(OPENING, "Orrin Ventures, Halvard Partners and 1820 Capital joined, as did existing"
        + " backers Marlow Ventures, Pike Street Capital and Ferrow Holdings.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Initech", "Halvard Partners -> Initech",
            "1820 Capital -> Initech", "Marlow Ventures -> Initech", "Pike Street Capital -> Initech",
            "Ferrow Holdings -> Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Orrin Ventures, Halvard Partners and Ferrow Holdings made significant investments, Cyberdyne said.",
      "Orrin Ventures, Halvard Partners and Ferrow Holdings wrote cheques, Cyberdyne said.",
      "Orrin Ventures, Halvard Partners and Ferrow Holdings took part, Cyberdyne says."})
  void givesTheRoundToTheCompanyThatSpeaksOfIt(String sentence) {
    assertThat(pairs(extract("Cyberdyne is building a humanoid robot.", sentence)))
        .containsExactlyInAnyOrder("Orrin Ventures -> Cyberdyne", "Halvard Partners -> Cyberdyne",
            "Ferrow Holdings -> Cyberdyne");
  }

  @Test
  void givesTheInvestmentsToTheRoundBeforeWhenTheCompanySpeaksOfIt() {
    assertThat(pairs(extract(OPENING, "Orrin Ventures and Halvard Partners made significant investments, the"
        + " company said.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Initech", "Halvard Partners -> Initech");
  }

  @Test
  void keepsTheRoundBeforeWhenAFundSpeaksOfTheInvestments() {
    assertThat(pairs(extract(OPENING, "Orrin Ventures and Halvard Partners made significant investments, Marlow"
        + " Ventures said.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Initech", "Halvard Partners -> Initech");
  }

  @Test
  void readsNoRoundInInvestmentsMadeInAField() {
    assertThat(pairs(extract("Orrin Ventures made investments in robotics last year, Cyberdyne said."))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Significant participation came from Orrin Ventures, Halvard Partners, affiliated funds of Marlow Ventures,"
          + " 1820 Capital and Ferrow Holdings.",
      "Participation came from Orrin Ventures, Halvard Partners, funds managed by Marlow Ventures, 1820 Capital and"
          + " Ferrow Holdings.",
      "Backing came from Orrin Ventures, Halvard Partners, accounts advised by Marlow Ventures, 1820 Capital and"
          + " Ferrow Holdings."})
  void makesTheFirmBehindItsFundsAMemberOfTheSourcesOfTheRound(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Orrin Ventures -> Initech",
        "Halvard Partners -> Initech", "Marlow Ventures -> Initech", "1820 Capital -> Initech",
        "Ferrow Holdings -> Initech");
  }

  @Test
  void readsNoParticipationInPraiseThatCameFromAFirm() {
    assertThat(pairs(extract(OPENING, "Praise came from Orrin Ventures and funds managed by Marlow Ventures.")))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"conducted", "headed", "spearheaded", "anchored"})
  void makesTheAgentOfAPassiveOfLeadingTheRoundsLead(String verb) {
    Extraction e = extract("Vandelay Labs raised €40 million.", "The round was " + verb + " by the fund Marlow"
        + " Ventures.");
    assertThat(pairs(e)).containsExactly("Marlow Ventures -> Vandelay Labs");
    assertThat(e.rounds()).singleElement().satisfies(r -> assertThat(r.leads()).extracting(Entity::name)
        .containsExactly("Marlow Ventures"));
  }

  @Test
  void readsTheInvertedListBesideTheLeadAndTheGroupAfterItsColon() {
    assertThat(pairs(extract("Vandelay Labs raised €40 million.", "The round was conducted by the fund Marlow"
        + " Ventures.", "Beside it are found historical investors Orrin Ventures and Halvard Partners, as well as"
        + " industrial actors: Ferrow Holdings, Brask Group and Tollan Industries.")))
        .containsExactlyInAnyOrder("Marlow Ventures -> Vandelay Labs", "Orrin Ventures -> Vandelay Labs",
            "Halvard Partners -> Vandelay Labs", "Ferrow Holdings -> Vandelay Labs", "Brask Group -> Vandelay Labs",
            "Tollan Industries -> Vandelay Labs");
  }

  @Test
  void readsNoLeadInAMeetingConductedByAFirm() {
    assertThat(pairs(extract("Vandelay Labs makes warehouse robots.", "The review was conducted by Marlow"
        + " Ventures.", "Beside it are found the offices of Orrin Ventures."))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI got Marlow Ventures and Orrin Ventures to lead its Series D.",
      "Quanta AI brought in Marlow Ventures and Orrin Ventures to co-lead the round.",
      "Quanta AI tapped Marlow Ventures and Orrin Ventures to lead a $75 million round."})
  void makesTheCompanyThatBroughtInItsLeadsTheirInvestee(String sentence) {
    Extraction e = extract(sentence);
    assertThat(pairs(e)).containsExactlyInAnyOrder("Marlow Ventures -> Quanta AI", "Orrin Ventures -> Quanta AI");
    assertThat(e.investments()).allMatch(i -> i.status() == Status.COMPLETED);
  }

  @Test
  void keepsABroughtInLeadUncompletedWhileTheCompanyOnlyHopesForIt() {
    assertThat(extract("Quanta AI hopes to get Marlow Ventures to lead its Series D.").investments())
        .singleElement().satisfies(i -> assertThat(i.status()).isNotEqualTo(Status.COMPLETED));
  }

  @Test
  void readsNoRoundWhenTheRecruitedLeadOtherWork() {
    assertThat(pairs(extract("Quanta AI got Marlow Ventures to lead a review of its chips."))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI launched with more than $1 billion in committed capital, led by Marlow Ventures and Orrin Ventures.",
      "Quanta AI emerged from stealth with $40 million led by Marlow Ventures and Orrin Ventures.",
      "Quanta AI launched last year with more than $1 billion in committed capital, led by Marlow Ventures and"
          + " Orrin Ventures.",
      "Quanta AI emerged from stealth in 2024 with $40 million led by Marlow Ventures and Orrin Ventures.",
      "Quanta AI launched in early 2024 with $40 million led by Marlow Ventures and Orrin Ventures.",
      "Quanta AI emerged from stealth in late summer with $40 million led by Marlow Ventures and Orrin Ventures.",
      "Quanta AI launched in May 2024 with $40 million led by Marlow Ventures and Orrin Ventures."})
  void readsTheMoneyACompanyLaunchedWithAsItsRound(String sentence) {
    Extraction e = extract(sentence);
    assertThat(pairs(e)).containsExactlyInAnyOrder("Marlow Ventures -> Quanta AI", "Orrin Ventures -> Quanta AI");
    assertThat(e.rounds()).singleElement().satisfies(r -> assertThat(r.leads()).extracting(Entity::name)
        .containsExactlyInAnyOrder("Marlow Ventures", "Orrin Ventures"));
  }

  @Test
  void readsNoRoundInAProductLaunchedWithItsMaker() {
    assertThat(pairs(extract("Quanta AI launched with a new chip, led by its founder Ada Park."))).isEmpty();
  }

  @Test
  void keepsTheParticipantsAfterALeadWhoseNameEndsInPartners() {
    assertThat(pairs(extract(OPENING, "The round was led by Marlow Partners, with participation from Orrin"
        + " Ventures.")))
        .containsExactlyInAnyOrder("Marlow Partners -> Initech", "Orrin Ventures -> Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli now values it above the more than $2bn that Vandelay Labs raised that year from a queue of investors"
          + " including Marlow Ventures, Orrin Ventures and Ferrow Holdings.",
      "The sale price is below the $2bn which Vandelay Labs raised in 2023 from backers such as Marlow Ventures,"
          + " Orrin Ventures and Ferrow Holdings."})
  void readsTheInvestorsOfARoundRaisedInARelativeClause(String sentence) {
    assertThat(pairs(extract(sentence))).containsExactlyInAnyOrder("Marlow Ventures -> Vandelay Labs",
        "Orrin Ventures -> Vandelay Labs", "Ferrow Holdings -> Vandelay Labs");
  }

  @Test
  void readsNoRoundInASumRaisedFromSales() {
    Extraction e = extract("Hooli spent the $2bn that Vandelay Labs raised from selling its chips.");
    assertThat(pairs(e)).isEmpty();
    assertThat(e.rounds()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Marlow Ventures led their seed round.",
      "Marlow Ventures invested in their $5 million Series A."})
  void readsTheirBeforeARoundAsTheCompanyJustNamed(String sentence) {
    Extraction e = extract("The three founders of Vandelay Labs met at a robotics lab.", sentence);
    assertThat(pairs(e)).containsExactly("Marlow Ventures -> Vandelay Labs");
    assertThat(e.rounds()).allMatch(r -> r.investee().name().equals("Vandelay Labs"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Marlow Ventures and Orrin Ventures have doubled their funds.",
      "Marlow Ventures and Orrin Ventures said their seed round investments rose."})
  void readsNoRoundInTheirOwnFundsOrInvestments(String sentence) {
    Extraction e = extract("The three founders of Vandelay Labs met at a robotics lab.", sentence);
    assertThat(pairs(e)).isEmpty();
    assertThat(e.rounds()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "For Marlow Ventures, the deal adds to a string of robotics bets that also includes Cyberdyne and the chip"
          + " designer Vandelay Labs.",
      "Marlow Ventures's portfolio, which includes Cyberdyne and Vandelay Labs, doubled in value."})
  void readsTheCompaniesAnInvestorsOwnBetsIncludeAsItsHoldings(String sentence) {
    Extraction e = extract("Marlow Ventures led a $50 million round in Initech.", sentence);
    assertThat(pairs(e)).containsExactlyInAnyOrder("Marlow Ventures -> Initech", "Marlow Ventures -> Cyberdyne",
        "Marlow Ventures -> Vandelay Labs");
    assertThat(e.investments()).allMatch(i -> i.status() == Status.COMPLETED);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "For Marlow Ventures, the deal adds to a string of partnerships that includes Cyberdyne and Vandelay Labs.",
      "For Hooli, the chips join a portfolio of products that includes Cyberdyne."})
  void readsNoHoldingsInOtherTiesOrProducts(String sentence) {
    assertThat(pairs(extract("Marlow Ventures led a $50 million round in Initech.", sentence)))
        .containsExactly("Marlow Ventures -> Initech");
  }
}
