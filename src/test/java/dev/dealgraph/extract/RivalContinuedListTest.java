package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A list of rivals goes on past a clause about its first member, a second "as well as" group or a colon. */
class RivalContinuedListTest {

  @Test
  void readsRivalsRepeatedAfterARelativeClauseAboutTheFirst() {
    assertThat(rivals(extract("Quanta AI sells chat tools to banks.",
        "The company is vying with Initech, which builds speech models, as well as with start-ups such as Hooli"
            + " and Zorbit.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI", "Quanta AI ~ Zorbit");
  }

  @Test
  void leavesTheNamesInsideTheRelativeClauseOut() {
    assertThat(rivals(extract("Quanta AI sells chat tools to banks.",
        "The company is vying with Initech, which builds speech models with Hooli.")))
        .containsExactly("Initech ~ Quanta AI");
  }

  @Test
  void readsASecondGroupOfExamplesAfterCompetitionFrom() {
    assertThat(rivals(extract("Quanta AI rents out servers.",
        "The company faces competition from cloud providers such as Globex, Hooli and Cyberdyne, as well as from"
            + " smaller clouds including Zorbit.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI", "Cyberdyne ~ Quanta AI",
            "Quanta AI ~ Zorbit");
  }

  @Test
  void readsNoRivalInASecondGroupThatNamesNoOrganization() {
    assertThat(rivals(extract("Quanta AI rents out servers.",
        "It faces competition from clouds such as Globex, as well as from regulators in Brussels.")))
        .containsExactly("Globex ~ Quanta AI");
  }

  @Test
  void readsTheGroupListedAfterAColonAsRivalsOfEachCompanyReferredTo() {
    assertThat(rivals(extract("Initech and Hooli sell chatbots to shoppers.",
        "Both companies are taking on the incumbents: Globex, Cyberdyne, Zorbit and Vandelay Labs.")))
        .containsExactlyInAnyOrder("Globex ~ Initech", "Cyberdyne ~ Initech", "Initech ~ Zorbit",
            "Initech ~ Vandelay Labs", "Globex ~ Hooli", "Cyberdyne ~ Hooli", "Hooli ~ Zorbit",
            "Hooli ~ Vandelay Labs");
  }

  @Test
  void readsNoRivalryAmongTheMembersListedAfterAColon() {
    assertThat(rivals(extract("Quanta AI is taking on the big clouds: Globex and Hooli.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsACompanyListAfterAColonWithoutARivalryVerbAsNoRivals() {
    assertThat(rivals(extract("Initech and Hooli sell chatbots to shoppers.",
        "Both companies have hired engineers from the incumbents: Globex and Cyberdyne."))).isEmpty();
  }

  @Test
  void readsRivalsFrontedWithUnlikeAndAClauseAboutThemAsRivalsOfTheMainSubject() {
    assertThat(rivals(extract("Unlike rivals such as Globex and Hooli, which have their own chips, Quanta AI relies"
        + " on rented servers.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsFrontedBackersWithAClauseAboutThemAsNoRivals() {
    assertThat(rivals(extract("Like backers such as Globex and Hooli, which own their own chips, Quanta AI relies"
        + " on rented servers."))).isEmpty();
  }

  @Test
  void readsItsRivalsFrontedWithUnlikeAsRivalsOfTheSubjectAfterTheComma() {
    assertThat(rivals(extract("Unlike its rivals Globex and Hooli, which own data centres, Quanta AI rents servers.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsTheLastRivalAfterAnAdverbSetOffByCommas() {
    assertThat(rivals(extract("Quanta AI sells chat tools.", "The start-up must contend with Initech, Hooli and,"
        + " increasingly, Zorbit.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI", "Quanta AI ~ Zorbit");
  }

  @Test
  void readsTheExamplesOfEachGroupTheRivalsInclude() {
    assertThat(rivals(extract("Quanta AI sells chat tools.", "Competitors include big labs such as Initech as well as"
        + " newcomers like Zorbit.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Quanta AI ~ Zorbit");
  }

  @Test
  void readsARivalRepeatedAfterAScopeWithoutAComma() {
    assertThat(rivals(extract("Quanta AI sells chat tools.", "It competes in Europe with Initech and in Asia with"
        + " Hooli.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsAPartnerAfterAScopeAsNoRival() {
    assertThat(rivals(extract("Quanta AI sells chat tools.", "It competes in Europe with Initech and in Asia works"
        + " with Hooli.")))
        .containsExactly("Initech ~ Quanta AI");
  }

  @Test
  void readsANewRivalInAppositionAndTheDescribedOneAfterAsWellAs() {
    assertThat(rivals(extract("Quanta AI sells chat tools.", "It now faces a new rival, Zorbit, as well as the"
        + " established Initech.")))
        .containsExactlyInAnyOrder("Quanta AI ~ Zorbit", "Initech ~ Quanta AI");
  }

  @Test
  void readsScrutinyAfterAsWellAsAsNoRival() {
    assertThat(rivals(extract("Quanta AI sells chat tools.", "It now faces a new rival, Zorbit, as well as the usual"
        + " scrutiny from Globex's lawyers.")))
        .containsExactly("Quanta AI ~ Zorbit");
  }

  @Test
  void readsTheUnitNamedAfterItsOwnerInAListAsTheRival() {
    assertThat(rivals(extract("Quanta AI sells chat tools.", "It competes with Initech as well as the Hooli unit"
        + " Zorbit.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Quanta AI ~ Zorbit");
  }
}
