package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence opened by a participial or prepositional phrase has its subject after the comma: a later "it" or "the
 * company" means that subject, never an organization named inside the fronted phrase.
 */
class FrontedPhraseTest {

  private static final String LEAD = "Quanta AI raised $20 million from Tessier Capital.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Started in 2020 by former Globex researcher Mia Santos, Quanta AI trains models for insurers.",
      "Spun out of Globex in 2022, Quanta AI trains models for insurers.",
      "Backed by Hooli, Globex and Kasumi Group, Quanta AI trains models for insurers.",
      "With Globex engineers on its staff, Quanta AI trains models for insurers."})
  void resolvesALaterPronounToTheSubjectAfterTheFrontedPhrase(String fronted) {
    assertThat(rivals(extract(LEAD, fronted + " It competes with Initech."))).containsExactly("Initech ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI, founded by a Globex engineer, trains models for insurers. It competes with Initech.",
      "Hired away from Globex, the engineers joined Quanta AI. It competes with Initech."})
  void keepsResolvingPronounsWhereNoFrontedPhraseOpensTheSentence(String text) {
    assertThat(rivals(extract(LEAD, text))).containsExactly("Initech ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Brightline has raised $50 million from Orrin Ventures, Hooli and Cyberdyne Systems.",
      "Brightline secured $50 million from Orrin Ventures, Hooli and Cyberdyne Systems on Monday."})
  void readsTheCompanyAfterAListOfInvestorsAsTheArticlesSubject(String lead) {
    assertThat(pairs(extract(lead, "Brightline will hire. The Globex-backed company sells software to banks.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Brightline", "Hooli -> Brightline",
            "Cyberdyne -> Brightline", "Globex -> Brightline");
  }
}
