package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Groups said to chase the same prize are rivals of one another; a group that shares a deal or a supplier is not. */
class RivalGroupTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Globex, Hooli and Initech are racing to build cheaper inference chips.",
      "Globex, Hooli and Initech are vying to sign the largest banks.",
      "Globex, Hooli and Initech raced to ship a voice assistant first.",
      "Globex, Hooli and Initech are all chasing the same hospital buyers.",
      "Nimbus, HooliChat and Chatterbox are fighting for users.",
      "The competition among Globex, Hooli and Initech has intensified."})
  void pairsEveryMemberOfAGroupRacingToTheSamePrize(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Globex ~ Hooli", "Globex ~ Initech",
        "Hooli ~ Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI is one of several labs, along with Initech and Vandelay Labs, trying to sell models to hospitals.",
      "Quanta AI is one of a handful of start-ups, alongside Initech and Vandelay Labs, chasing hospital contracts.",
      "Quanta AI is one of a few labs developing hospital models, along with Initech and Vandelay Labs."})
  void pairsTheSubjectWithThePeersItIsCountedAlongWith(String text) {
    assertThat(rivals(extract(text))).contains("Initech ~ Quanta AI", "Quanta AI ~ Vandelay Labs")
        .doesNotContain("Globex ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tessier Capital is one of several investors, along with Northwind Fund, backing Initech.",
      "Tessier Capital, along with Northwind Fund, invested in Initech last year."})
  void findsNoRivalryAmongCoInvestors(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }

  @Test
  void keepsAPronounSubjectOutOfTheListBeforeIt() {
    assertThat(rivals(extract("Quanta AI competes with Globex and Hooli, and it is also up against Initech.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI", "Initech ~ Quanta AI");
  }

  @Test
  void pairsTheSubjectWithTheNamesAfterADescribedGroupAndAColon() {
    assertThat(rivals(extract("Quanta AI rents out chips by the hour.",
        "It is also up against the giants themselves: Globex, Hooli and Kasumi Group.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI", "Kasumi Group ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Globex-backed Initech competes with Vandelay Labs.",
      "Initech, which Globex backs, competes with Vandelay Labs.",
      "Initech, whose backers include Globex, Hooli and Tessier Capital, competes with Vandelay Labs.",
      "Initech, which counts Globex and Hooli as shareholders, is seen as the main rival to Vandelay Labs.",
      "Initech competes with Vandelay Labs, and both run on Cyberdyne chips."})
  void leavesTheBackerAndTheSupplierOutOfARivalry(String text) {
    assertThat(rivals(extract(text))).containsExactly("Initech ~ Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI uses models from Initech and Vandelay Labs.",
      "Quanta AI is built on Cyberdyne chips and sells to Globex and Hooli.",
      "Quanta AI, a partner of Globex, signed Hooli as a customer."})
  void findsNoRivalryBetweenASupplierOrPartnerAndItsCustomer(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }

  @Test
  void readsTheTwoAsTheCompaniesOpeningTheTwoSentencesBefore() {
    assertThat(rivals(extract("Initech sells models to banks. Vandelay Labs sells them to insurers.",
        "The two labs compete for government contracts."))).containsExactly("Initech ~ Vandelay Labs");
  }

  @Test
  void findsNoRivalryBetweenTheTwoWhenNothingSetsThemAgainstEachOther() {
    assertThat(rivals(extract("Initech sells models to banks. Tessier Capital invested in it last year.",
        "The two companies signed a partnership in May."))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Cyberdyne sells chips to Globex and Hooli, which compete for the same cloud customers.",
      "Quanta AI counts Globex and Hooli among its backers, two companies that compete in cloud computing.",
      "Globex partners with Hooli on chips even as the two compete for cloud customers."})
  void pairsTheCompaniesAPluralClauseSaysCompete(String text) {
    assertThat(rivals(extract(text))).containsExactly("Globex ~ Hooli");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI is battling Initech and Vandelay Labs for hospital contracts.",
      "Quanta AI undercuts Initech and Vandelay Labs on price."})
  void readsTheObjectOfABattleVerbAsTheRival(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Quanta AI ~ Vandelay Labs");
  }

  @Test
  void findsNoRivalInTheObjectOfAFightAgainstSomethingElse() {
    assertThat(rivals(extract("Initech is fighting a lawsuit brought by Tessier Capital."))).isEmpty();
  }

  @Test
  void pairsTheMembersOfASecondGroupNamedAfterItsDescription() {
    assertThat(rivals(extract("Quanta AI competes with giants such as Globex as well as local rivals Initech and"
        + " Vandelay Labs."))).containsExactlyInAnyOrder("Globex ~ Quanta AI", "Initech ~ Quanta AI",
        "Quanta AI ~ Vandelay Labs");
  }

  @Test
  void pairsTheExamplesOfEachDescribedGroupOfRivals() {
    assertThat(rivals(extract("Quanta AI competes with big cloud firms such as Globex and Hooli as well as local"
        + " labs including Initech."))).containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI",
        "Initech ~ Quanta AI");
  }

  @Test
  void readsANameBeforeAnApostropheAndASingleWordAsTheOwnerOfAProduct() {
    assertThat(rivals(extract("Quanta AI competes with Halvorsen Reuters' Lexicon in law firms.")))
        .containsExactly("Halvorsen Reuters ~ Quanta AI");
  }

  @Test
  void readsTheCompaniesNamedAlongsideAChallengerAsChallengersToo() {
    assertThat(rivals(extract("Quanta AI is one of the best-funded challengers to Globex, alongside Initech.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Globex ~ Initech", "Initech ~ Quanta AI");
  }
}
