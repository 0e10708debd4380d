package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rivalry told in discourse: "not alone", a bare "a rival" in apposition, products as titles, "have been rivals". */
class RivalAcrossSentencesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech is spending heavily on larger models. It is not alone. Vandelay Labs and Quanta AI are also racing to"
          + " train frontier systems.",
      "Initech is spending heavily on larger models. The lab is hardly alone. Vandelay Labs and Quanta AI are doing"
          + " the same.",
      "Initech is not the only lab chasing that prize: Vandelay Labs and Quanta AI are pursuing the same customers."})
  void pairsTheOthersNamedAfterNotAloneWithTheSubject(String text) {
    // The others racing together are rivals of each other too, which the first phrasing also states.
    assertThat(rivals(extract(text))).contains("Initech ~ Quanta AI", "Initech ~ Vandelay Labs")
        .doesNotContain("Initech ~ Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tessier Capital is not alone. Northwind Fund and Kasumi Group also invested in Quanta AI.",
      "Initech is not alone. Hooli said on Monday that it hired 200 engineers.",
      "Initech is not alone in Lisbon. Vandelay Labs also opened an office there."})
  void pairsNoOneWhenTheNextSentenceStatesADealOrNothingAlike(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }

  @Test
  void readsABareRivalInAppositionAsARivalOfTheArticlesSubject() {
    assertThat(rivals(extract("Initech raised $6 billion on Wednesday.",
        "Vandelay Labs, a rival founded by two former researchers, is raising money too.")))
        .containsExactly("Initech ~ Vandelay Labs");
  }

  @Test
  void readsARivalOfANamedCompanyAsThatCompanysRival() {
    assertThat(rivals(extract("Initech raised $6 billion on Wednesday.",
        "Vandelay Labs, a rival of Globex, hired staff.")))
        .containsExactly("Globex ~ Vandelay Labs");
  }

  @Test
  void keepsAProductMakerTitleOutOfTheSubjectsDescription() {
    assertThat(rivals(extract("Quanta AI raised $2 billion.",
        "The startup competes with Chatterbox maker Initech for enterprise customers.")))
        .containsExactly("Initech ~ Quanta AI");
  }

  @Test
  void readsCompaniesThatHaveBeenRivals() {
    assertThat(rivals(extract("Hooli and Globex have been fierce rivals in search for a decade.")))
        .containsExactly("Globex ~ Hooli");
  }

  @Test
  void readsAnAlternativeToAProductAsRivalryWithItsMaker() {
    assertThat(rivals(extract("Vandelay Labs pitches Latex as an alternative to Chatterbox.")))
        .containsExactly("Initech ~ Vandelay Labs");
  }

  @Test
  void pairsTheSubjectWithTheRivalsARelativeClauseIncludes() {
    assertThat(rivals(extract("Initech asked its backers not to fund a short list of rival start-ups, which people"
        + " close to the talks said included Vandelay Labs, Globex's Quanta AI and Cyberdyne.")))
        .containsExactlyInAnyOrder("Initech ~ Vandelay Labs", "Initech ~ Quanta AI", "Cyberdyne ~ Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli has begun selling its own chat models, which compete with Initech's.",
      "Hooli makes the HooliChat assistants that compete with Initech's.",
      "Hooli's assistants, which compete with Chatterbox, are sold to banks."})
  void readsTheOwnerOfTheNounARelativeClauseDescribesAsTheRival(String text) {
    assertThat(rivals(extract(text))).containsExactly("Hooli ~ Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli has begun selling its own chat models, which run on Cyberdyne chips.",
      "The deal pits two divisions of Hooli against each other.",
      "Cyberdyne is struggling to keep up with demand for its chips."})
  void findsNoRivalryInOwnershipSupplyOrDemand(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Globex bought a robotics unit. The deal pits the Springfield company squarely against Hooli.",
      "Globex is often pitted against Hooli.",
      "Globex is trying to keep pace with Hooli in chatbots."})
  void readsPittingAndKeepingPaceAsRivalry(String text) {
    assertThat(rivals(extract(text))).containsExactly("Globex ~ Hooli");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI's models rival those of Initech and Hooli.",
      "Quanta AI's models now rival Initech's and Hooli's."})
  void readsRivalAfterAnOwnedPluralNounAsAVerb(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void keepsRivalAfterAnOwnedNounANounWhenNoOneFollows() {
    assertThat(rivals(extract("Quanta AI's models rival nothing else on the market."))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech raised $1 billion on Monday. Quanta AI and Vandelay Labs are also in the race.",
      "Initech raised $1 billion on Monday. Quanta AI and Vandelay Labs joined the race last year."})
  void readsOthersInTheRaceAsRivalsOfTheArticlesSubject(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Initech ~ Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech raised $1 billion on Monday. Quanta AI is in the race for a government contract.",
      "Initech raised $1 billion on Monday. Vandelay Labs is in the running for the same contract."})
  void needsASameRaceWordOrAJoiningVerbToReadTheRaceAsRivalry(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }

  @Test
  void readsChippingAwayAtADominanceAsRivalry() {
    assertThat(rivals(extract("Quanta AI is trying to chip away at Cyberdyne's dominance in chips.")))
        .containsExactly("Cyberdyne ~ Quanta AI");
  }

  @Test
  void pairsTheOwnerOfRivalsWithTheNamesAfterTheColon() {
    assertThat(rivals(extract("Quanta AI sells to banks. The trouble is that its competitors are not standing still:"
        + " Initech and Vandelay Labs are both selling to insurers.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Quanta AI ~ Vandelay Labs");
  }

  @Test
  void readsARelativeClauseAfterADescriptionInAppositionAsAboutTheName() {
    assertThat(rivals(extract("Vandelay Labs, the answer engine that is trying to take on Hooli, counts Tessier"
        + " Capital among its investors."))).containsExactly("Hooli ~ Vandelay Labs");
  }

  @Test
  void keepsARelativeAfterAPrepositionOffTheApposedName() {
    assertThat(rivals(extract("Hooli and Globex have both invested in Quanta AI, an arrangement in which two cloud"
        + " groups share a stake in the same lab."))).isEmpty();
  }

  @Test
  void readsTwoCompetitorsAsThePairNamedTogetherBefore() {
    assertThat(rivals(extract("Hooli and Globex have both invested in Quanta AI, an arrangement in which two cloud"
        + " competitors share a stake in the same lab."))).containsExactly("Globex ~ Hooli");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli and Globex have invested in two competitors of Initech.",
      "Hooli and Globex backed two rival start-ups last year."})
  void leavesTwoCompetitorsOfAnotherCompanyOrBackedOnesAlone(String text) {
    assertThat(rivals(extract(text))).doesNotContain("Globex ~ Hooli");
  }
}
