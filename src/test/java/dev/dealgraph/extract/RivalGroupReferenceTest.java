package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "The pair", "the three", "both" and "all three" stand for the companies named together just before. */
class RivalGroupReferenceTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The pair are old rivals, and both now take on Hooli too.",
      "The pair are old rivals, and both compete with Hooli as well."})
  void readsThePairAsRivalsOfEachOtherAndOfTheCompanyTheyTakeOn(String text) {
    assertThat(rivals(extract("Initech and Vandelay Labs sell speech models to call centres.", text)))
        .containsExactlyInAnyOrder("Initech ~ Vandelay Labs", "Hooli ~ Initech", "Hooli ~ Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"All three compete with Cyberdyne for chip orders.",
      "The three companies are up against Cyberdyne in every tender."})
  void readsAllThreeAsEachARivalOfTheCompanyNamed(String text) {
    assertThat(rivals(extract("Initech, Hooli and Quanta AI design inference chips.", text)))
        .containsExactlyInAnyOrder("Cyberdyne ~ Initech", "Cyberdyne ~ Hooli", "Cyberdyne ~ Quanta AI");
  }

  @Test
  void readsTheThreeCompetingAmongThemselvesAsThreePairs() {
    assertThat(rivals(extract("Initech, Hooli and Quanta AI design inference chips.",
        "The three compete fiercely for the same data-centre buyers.")))
        .containsExactlyInAnyOrder("Hooli ~ Initech", "Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsTheTwoFirmsCompetingForCustomersAsRivalsOfEachOther() {
    assertThat(rivals(extract("Initech and Vandelay Labs are based in Lisbon and Oslo.",
        "The two firms compete hard for the same bank customers.")))
        .containsExactly("Initech ~ Vandelay Labs");
  }

  @Test
  void leavesAGroupWhoseNumberDiffersFromTheListAlone() {
    assertThat(rivals(extract("Initech, Hooli and Quanta AI design inference chips.",
        "The two compete with Cyberdyne."))).isEmpty();
  }

  @Test
  void leavesTheRivalryOfAnotherCompanyNamedInTheSentenceToIt() {
    assertThat(rivals(extract("Initech and Vandelay Labs sell speech models to call centres.",
        "Both took money from Globex, a rival of Hooli.")))
        .containsExactly("Globex ~ Hooli");
  }

  @Test
  void readsTheDefiniteRivalsListedAfterAColonAsRivalsOfTheSubject() {
    assertThat(rivals(extract("Cyberdyne's growth has squeezed the local rivals among chip designers: Initech, Hooli"
        + " and Quanta AI.")))
        .containsExactlyInAnyOrder("Cyberdyne ~ Initech", "Cyberdyne ~ Hooli", "Cyberdyne ~ Quanta AI");
  }

  @Test
  void readsCompaniesUnderPressureFromALeaderAsNoRivals() {
    assertThat(rivals(extract("Initech, Hooli and Quanta AI have all struggled this year as Cyberdyne's chips set"
        + " the standard."))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI is a rival of both.", "Quanta AI takes on the two in banking.",
      "It competes with both companies for bank contracts."})
  void readsTheGroupNamedAsTheRivalsAsEachOfItsMembers(String text) {
    assertThat(rivals(extract("Unlike Initech and Hooli, which sell chatbots to shoppers, Quanta AI sells to banks.",
        text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsARivalRepeatedAfterTheScopeOfTheFirstOnes() {
    assertThat(rivals(extract("Quanta AI sells speech models.",
        "It competes with Initech for bank contracts, as well as with Vandelay Labs, the Oslo lab.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Quanta AI ~ Vandelay Labs");
  }

  @Test
  void readsAnInvestmentInBothCompaniesAsNoRivalry() {
    assertThat(rivals(extract("Initech and Hooli sell chatbots to shoppers.", "Quanta AI invested in both companies.")))
        .isEmpty();
  }

  @Test
  void readsBothFacingCompetitionFromACompanyAsItsRivalsNotEachOthers() {
    assertThat(rivals(extract("Quanta AI and Initech sell speech models.", "Both face stiff competition from Hooli.")))
        .containsExactlyInAnyOrder("Hooli ~ Quanta AI", "Hooli ~ Initech");
  }

  @Test
  void readsTheTwoSaidNotToBeRivalsAsNoRivalry() {
    assertThat(rivals(extract("Quanta AI and Initech sell speech models.",
        "The two companies are not rivals, their founders said."))).isEmpty();
  }

  @Test
  void readsAllThreeAsTheCompaniesThatOpenedTheSectionsBefore() {
    assertThat(rivals(extract("Initech: a quiet seller of labelled images",
        "Initech labels street photos for carmakers.",
        "Hooli: speech data at scale",
        "Hooli records and transcribes call-centre audio.",
        "Quanta AI: the newcomer",
        "Quanta AI pays doctors to grade model answers.",
        "All three have been rivals for the same lab contracts.")))
        .containsExactlyInAnyOrder("Hooli ~ Initech", "Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsItAndOneAnotherAfterTheGroupAsTheCompanyNamedBeforeAndTheGroupItself() {
    assertThat(rivals(extract("Initech labels street photos for carmakers.",
        "Hooli records and transcribes call-centre audio.",
        "Quanta AI pays doctors to grade model answers.",
        "All three sell into a market long led by Cyberdyne, and they are rivals of it and of one another.")))
        .containsExactlyInAnyOrder("Hooli ~ Initech", "Initech ~ Quanta AI", "Hooli ~ Quanta AI",
            "Cyberdyne ~ Initech", "Cyberdyne ~ Hooli", "Cyberdyne ~ Quanta AI");
  }

  @Test
  void leavesAllThreeAloneWhenFewerCompaniesWereSubjectsBefore() {
    assertThat(rivals(extract("Initech labels street photos for carmakers.",
        "Hooli records and transcribes call-centre audio.",
        "All three have been rivals for the same lab contracts."))).isEmpty();
  }

  @Test
  void readsTheThreeAsTheSubjectsBeforeRatherThanTheBackersJustListed() {
    assertThat(rivals(extract("Initech makes optical chips for data centres.",
        "Hooli sells photonic links to cloud providers.",
        "Quanta AI raised $90 million from a group that included Globex, Cyberdyne and Tessier Capital.",
        "The three have been rivals for the same design wins.")))
        .containsExactlyInAnyOrder("Hooli ~ Initech", "Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsTheTwoPastAPartnerNamedInAPhraseAfterAnOpeningPossessive() {
    assertThat(rivals(extract("Initech writes marketing copy for shops.",
        "Hooli sells marketing copy to large brands.",
        "Its integrations with Globex made it easier to sell to big companies.",
        "The two now sell to the same buyers and compete directly.")))
        .containsExactly("Hooli ~ Initech");
  }

  @Test
  void readsWhatTheGroupAlsoFacesAsMoreRivals() {
    assertThat(rivals(extract("Initech and Hooli write marketing copy for large brands.",
        "The two now sell to the same buyers and compete directly.",
        "Both also face Cyberdyne, and, more awkwardly, the built-in assistants that Vandelay Labs and Globex have"
            + " added to office software.")))
        .containsExactlyInAnyOrder("Hooli ~ Initech", "Cyberdyne ~ Initech", "Cyberdyne ~ Hooli",
            "Initech ~ Vandelay Labs", "Hooli ~ Vandelay Labs", "Globex ~ Initech", "Globex ~ Hooli");
  }

  @Test
  void leavesALawsuitTheGroupFacesOutOfItsRivals() {
    assertThat(rivals(extract("Initech and Hooli write marketing copy for large brands.",
        "Both also face a lawsuit from Cyberdyne."))).isEmpty();
  }
}
