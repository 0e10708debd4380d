package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pronoun or "the company" heading a rivalry means the article's subject, never a company named only inside a
 * phrase fronted before a subject.
 */
class RivalFrontedSubjectTest {

  @Test
  void readsItAfterAFoundedByOpenerAsTheCompanyTheSentenceBeforeWasAbout() {
    assertThat(rivals(extract("Started by two former Globex researchers, Quanta AI sells speech models to insurers.",
        "It competes with Initech and Hooli."))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Backed by Tessier Capital and Globex, the start-up goes up against Initech and Hooli.",
      "Unlike Globex, it takes on Initech and Hooli in Europe.",
      "After signing a deal with Globex, the company now competes with Initech and Hooli."})
  void neverReadsTheSubjectAsACompanyNamedInsideTheFrontedPhrase(String text) {
    assertThat(rivals(extract("Quanta AI sells speech models to insurers.", text)))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The company is Europe's best-funded challenger to Initech and Hooli.",
      "It also faces domestic rivals in Initech and Hooli."})
  void readsTheCompanyAfterItsBackersAsTheArticlesSubject(String text) {
    assertThat(rivals(extract("Quanta AI raised $40 million from Tessier Capital and Globex.", text)))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void keepsANamedSubjectAfterAFrontedPlace() {
    assertThat(rivals(extract("Quanta AI sells speech models to insurers.", "In Europe, Globex competes with Initech.")))
        .containsExactly("Globex ~ Initech");
  }

  @Test
  void neverGivesTheRivalryOfALaterItToACompanyNamedOnlyInTheFrontedPhrase() {
    assertThat(rivals(extract("Founded by former Globex engineers, Varnak builds models for banks.",
        "It competes with Initech and Hooli."))).noneMatch(pair -> pair.contains("Globex"));
  }
}
