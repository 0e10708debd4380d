package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rivalry framed as a relation to a group (peers in one business, a described group with its examples, a group
 * named in the next sentence), as a ranking or a chase, or as a comparison of products in one market.
 */
class RivalFramingTest {

  @Test
  void pairsTheSubjectWithPeersOfTheBusinessItIsCountedAmong() {
    assertThat(rivals(extract("Quanta AI is one of the country's leading model makers alongside Initech and "
        + "Vandelay Labs.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Quanta AI ~ Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tessier Capital is one of the largest shareholders alongside Northwind Fund.",
      "Quanta AI is one of the biggest customers alongside Hooli.",
      "Quanta AI's results were better than expected, and Tessier Capital invested.",
      "Tessier Capital is chasing a stake in Quanta AI."})
  void findsNoRivalryAmongBackersCustomersOrInAComparisonWithoutARival(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }

  @Test
  void pairsEachSubjectWithTheExamplesOfTheGroupItTakesOn() {
    assertThat(rivals(extract("Quanta AI and Lantern AI are taking on chip makers such as Globex, Hooli and "
        + "Cyberdyne.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI", "Cyberdyne ~ Quanta AI",
            "Globex ~ Lantern AI", "Hooli ~ Lantern AI", "Cyberdyne ~ Lantern AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Those – Globex, Hooli and Initech – still dominate the market.",
      "They are Globex, Hooli and Initech."})
  void pairsTheSubjectWithTheGroupTheNextSentenceNames(String next) {
    assertThat(rivals(extract("Quanta AI wants to unseat the old guard.", next)))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI", "Initech ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI's chips are cheaper than Cyberdyne's.",
      "Quanta AI's chips are now on par with those of Cyberdyne.",
      "Quanta AI is ahead of Cyberdyne in hospital sales.",
      "Quanta AI is chasing Cyberdyne in bank contracts."})
  void pairsCompaniesRankedOrComparedInOneMarket(String text) {
    assertThat(rivals(extract(text))).containsExactly("Cyberdyne ~ Quanta AI");
  }

  @Test
  void readsACountrysAnswerToACompanyAsItsRival() {
    assertThat(rivals(extract("Lantern AI, seen as Ireland's answer to Initech, raised $40 million.")))
        .containsExactly("Initech ~ Lantern AI");
  }

  @Test
  void readsWhatIsTurnedIntoAChallengerAsTheChallengerNotTheBackers() {
    assertThat(rivals(extract("Lantern AI builds assistants for lawyers.", "The start-up raised $90 million from "
        + "Tessier Capital and Globex, money meant to turn its Zorbit assistant into a challenger to Initech.")))
        .containsExactly("Initech ~ Lantern AI");
  }

  @Test
  void readsAnIndefiniteAlternativeWithoutASubjectAsTheArticlesSubject() {
    assertThat(rivals(extract("Quanta AI designs inference chips. Quanta AI sold its first boards in May.",
        "The order matters for the country's efforts to build a domestic alternative to Cyberdyne.")))
        .containsExactly("Cyberdyne ~ Quanta AI");
  }

  @Test
  void endsTheRivalsBeforeAListInsideARelativeClauseAboutThem() {
    assertThat(rivals(extract("Quanta AI is taking on Globex and Hooli, whose models already handle Estonian, "
        + "Latvian and other Baltic languages.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void keepsReadingTheRivalsAfterARelativeClauseThatEndsOnAName() {
    assertThat(rivals(extract("Quanta AI competes with Globex, whose models are built into Nimbus and Stratus, and "
        + "with Hooli.")))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI");
  }
}
