package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rivalry's anchor is found however the sentence hides it: behind an adverb inside the rivalry phrase, an aside
 * naming founders, a possessive that opens the sentence before, or "the two" and "both" standing for companies the
 * sentences before named one at a time.
 */
class RivalAnchorTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI measures itself squarely against Globex and Hooli.",
      "Quanta AI is now going up openly against Globex and Hooli.",
      "Quanta AI has been steadily losing ground to Globex and Hooli."})
  void readsARivalryPhraseThatAnAdverbInterrupts(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsTheSubjectPastAnAsideThatNamesItsFounders() {
    assertThat(rivals(extract("Quanta AI, founded in 2021 by former Globex engineer Ana Ruiz and Tomas Ek, is "
        + "building coding agents, competing with Initech and Hooli as well as with smaller labs.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsBothAsTheRivalAnOpeningPossessiveIntroducedAndTheCompanyBefore() {
    assertThat(rivals(extract("Quanta AI raised $50 million in May.",
        "Its rival Lantern AI raised $20 million in March.",
        "Both companies are taking on the incumbents: Globex, Hooli and Initech.")))
        .containsExactlyInAnyOrder("Lantern AI ~ Quanta AI", "Globex ~ Quanta AI", "Hooli ~ Quanta AI",
            "Initech ~ Quanta AI", "Globex ~ Lantern AI", "Hooli ~ Lantern AI", "Initech ~ Lantern AI");
  }

  @Test
  void readsTheTwoAsThePairTheSentenceBeforeMadeRivals() {
    assertThat(rivals(extract("Quanta AI raised $50 million in May.",
        "The round keeps the Tallinn company within reach of its closest rival, the maker of Chatterbox.",
        "The two, along with Globex and Hooli, are competing to build cheaper coding agents.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Globex ~ Quanta AI", "Hooli ~ Quanta AI",
            "Globex ~ Initech", "Hooli ~ Initech", "Globex ~ Hooli");
  }

  @Test
  void readsTheTwoAsTheLastTwoCompaniesThatWereSubjectsOfSentences() {
    assertThat(rivals(extract("Quanta AI builds models for banks. It raised $10 million in May.",
        "Lantern AI sells chips to insurers. Its founder, Ana Ruiz, once worked for a bank in Dublin.",
        "The two companies are rivals, and both are taking on Hooli and Initech.")))
        .containsExactlyInAnyOrder("Lantern AI ~ Quanta AI", "Hooli ~ Quanta AI", "Initech ~ Quanta AI",
            "Hooli ~ Lantern AI", "Initech ~ Lantern AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI competes with Oslo-based Vandelay Labs.",
      "Quanta AI competes with Norway-based Vandelay Labs and a number of smaller tools."})
  void readsARivalAfterAPlaceJoinedToItsDescribingWord(String text) {
    assertThat(rivals(extract(text))).containsExactly("Quanta AI ~ Vandelay Labs");
  }

  @Test
  void readsAnUnknownRivalAfterAKnownPlaceJoinedToItsDescribingWord() {
    assertThat(rivals(extract("Quanta AI raised $50 million.", "The company competes with Dublin-based Zorbit and "
        + "a growing number of video tools from larger software companies.")))
        .containsExactly("Quanta AI ~ Zorbit");
  }

  @Test
  void keepsAPlaceJoinedToADescribingWordOutOfAnUnknownName() {
    assertThat(rivals(extract("Quanta AI competes with Berlin-based Zorbit Labs.")))
        .containsExactly("Quanta AI ~ Zorbit Labs");
  }

  @Test
  void readsAnOpeningPossessiveAsTheSubjectAfterAFrontedPlaceAndAnAside() {
    assertThat(rivals(extract("Quanta AI raised $50 million from Tessier Capital. Quanta AI sells models to banks.",
        "In Dublin, Lantern AI, founded in 2022 by former bankers, is in talks to raise $30 million.",
        "Its models compete with Globex and Hooli in reading contracts.")))
        .containsExactlyInAnyOrder("Globex ~ Lantern AI", "Hooli ~ Lantern AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Both companies count Tessier Capital among their investors.",
      "The two companies signed a partnership with Globex last year."})
  void findsNoRivalryWhenTheTwoShareABackerOrAPartner(String text) {
    assertThat(rivals(extract("Quanta AI builds models for banks.", "Lantern AI sells chips to insurers.", text)))
        .isEmpty();
  }

  @Test
  void readsTheSubjectOfTheFirstVerbForASecondVerbJoinedByAnd() {
    assertThat(rivals(extract("Quanta AI presents itself as the rival of Globex, the maker of Nimbus, and measures "
        + "itself squarely against Hooli and Initech.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI", "Initech ~ Quanta AI");
  }

  @Test
  void readsAPossessiveObjectAsNoneOfTheCompaniesChallengingIt() {
    assertThat(rivals(extract("Globex raised $2 billion.", "Globex, for its part, faces growing competition.",
        "Initech, which released a low-cost model in May, and Hooli, whose chips are popular with banks, are both "
            + "challenging its lead.")))
        .containsExactlyInAnyOrder("Globex ~ Initech", "Globex ~ Hooli");
  }

  @Test
  void readsItsAfterASentenceAboutTheCompanyFrontedByFor() {
    assertThat(rivals(extract("Globex raised $2 billion. Globex is trying to catch up with Initech.",
        "For Hooli, the vote comes at a delicate moment.",
        "Its robotaxi service, launched in Lisbon in June, is up against Vandelay Labs.")))
        .contains("Hooli ~ Vandelay Labs").doesNotContain("Globex ~ Vandelay Labs");
  }

  @Test
  void readsASingularRivalNounApposedToAPairAsTheLastNameOnly() {
    assertThat(rivals(extract("Quanta AI raised $50 million.",
        "The deal sets up a sharper contest between Globex and Hooli, its main rival in search.")))
        .contains("Globex ~ Hooli").doesNotContain("Globex ~ Quanta AI");
  }

  @Test
  void readsAnUnknownNameWhoseSharesMovedByMoreThanAFigure() {
    assertThat(rivals(extract("Zorbit jumped more than 20% in Oslo after Globex said it would invest $1 billion in "
        + "the network equipment maker.", "Zorbit, which competes with Initech and Hooli in network gear, welcomed "
        + "the deal.")))
        .containsExactlyInAnyOrder("Initech ~ Zorbit", "Hooli ~ Zorbit");
  }
}
