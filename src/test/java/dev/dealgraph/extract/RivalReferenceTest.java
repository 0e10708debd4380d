package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rivals named through their products, their makers or their home city resolve to the organizations behind them. */
class RivalReferenceTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI competes with Chatterbox and HooliChat in schools.",
      "Quanta AI takes on Chatterbox and HooliChat, the assistants of two far larger companies.",
      "Quanta AI is a challenger to the maker of Chatterbox and to the maker of HooliChat."})
  void readsRivalProductsAsTheirMakers(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A rival assistant, HooliChat, costs less than Latex.",
      "Vandelay Labs' growth has worried a rival assistant, HooliChat, which cut prices.",
      "Vandelay Labs' rival in Palo Alto has cut its prices.",
      "The Palo Alto search giant is Vandelay Labs' main rival."})
  void resolvesARivalNamedByProductOrHomeCity(String text) {
    assertThat(rivals(extract("Vandelay Labs sells its Latex assistant to schools.",
        "Hooli sells the HooliChat assistant to offices.", text))).containsExactly("Hooli ~ Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli raised $40 million. The Palo Alto company takes on Initech in schools.",
      "Hooli raised $40 million from Globex. The Palo Alto company takes on Initech in schools."})
  void resolvesADescribedSubjectByItsHomeCity(String text) {
    assertThat(rivals(extract(text))).containsExactly("Hooli ~ Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI is up against Initech and the Palo Alto software giant.",
      "Quanta AI competes with Initech and with its rival in Palo Alto."})
  void resolvesARivalNamedOnlyByItsHomeCityThroughTheGazetteer(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli's main rival in Oslo is Vandelay Labs.",
      "Hooli sells HooliChat to offices. Its closest competitor in Oslo is Vandelay Labs."})
  void readsACityFollowedByAVerbAsWhereTheRivalryIs(String text) {
    assertThat(rivals(extract(text))).containsExactly("Hooli ~ Vandelay Labs");
  }

  @Test
  void keepsTheParentNamedInAnAppositionOutOfTheRivalry() {
    assertThat(rivals(extract("Quanta AI competes with Hooli, the Globex unit that sells chat assistants.")))
        .containsExactly("Hooli ~ Quanta AI");
  }

  @Test
  void readsAPossessedRivalWithNoNameAsTheOtherCompanyNamedBefore() {
    assertThat(rivals(extract("Globex said it would invest $2 billion in Hooli and work with its old rival on chips.")))
        .containsExactly("Globex ~ Hooli");
  }

  @Test
  void readsAnIndefiniteChallengerWithNoSubjectAsTheArticlesSubject() {
    assertThat(rivals(extract("Quanta AI has no product yet.",
        "Its backers bet that hospitals will want a home-grown challenger to Initech and Hooli.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The startup is also up against Hooli and Cyberdyne.",
      "It also competes with Hooli and Cyberdyne."})
  void readsALaterDescriptionOrPronounSubjectAsTheArticlesSubject(String text) {
    assertThat(rivals(extract("Quanta AI raised $40 million from Tessier Capital to sell its models to hospitals.",
        "Quanta AI was founded in Tallinn in 2022.",
        "Globex has partnered with Initech, while Tessier Capital invested in Vandelay Labs.",
        text))).containsExactlyInAnyOrder("Cyberdyne ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void keepsTheCompanyTheSentenceBeforeOpenedWithAsTheSubject() {
    assertThat(rivals(extract("Quanta AI raised $40 million to sell its models to hospitals.",
        "Initech, meanwhile, signed a contract with a bank.", "The company also competes with Hooli.")))
        .containsExactly("Hooli ~ Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Initech is another competitor, selling mainly to banks.",
      "Initech, which sells mainly to banks, is another rival."})
  void readsAnotherRivalAsOneMoreRivalOfTheArticlesSubject(String text) {
    assertThat(rivals(extract("Quanta AI rents out chips by the hour.", text))).containsExactly("Initech ~ Quanta AI");
  }

  @Test
  void readsADescriptionAfterADashAsTheNameBeforeIt() {
    assertThat(rivals(extract("Initech raised $2 billion last month.",
        "Quanta AI — the Tallinn start-up, a rival to HooliChat — is in talks to raise money.")))
        .containsExactly("Hooli ~ Quanta AI");
  }

  @Test
  void leavesTheArticlesSubjectOutOfAnAppositionItCannotReach() {
    assertThat(rivals(extract("Initech raised $2 billion last month.",
        "Quanta AI — the answer engine, a rival to HooliChat — is in talks to raise money.")))
        .doesNotContain("Hooli ~ Initech");
  }
}
