package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rivals named with examples in a sentence that names no organization before them are rivals of the article's
 * company, and of the company it backs when it only backs.
 */
class RivalUnownedTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"That could benefit rival data-labelling firms such as Initech and Hooli.",
      "The deal may help rivals such as Initech and Hooli win customers.",
      "Smaller rivals such as Initech and Hooli have reported more inquiries."})
  void readsUnownedRivalsAsRivalsOfTheCompanyTheSubjectBacks(String text) {
    assertThat(rivals(extract("Tessier Capital takes a 49% stake in Quanta AI.",
        "Tessier Capital said the stake in Quanta AI is its largest.", text)))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"That could benefit rival firms such as Initech and Hooli.",
      "The move may help rivals such as Initech and Hooli."})
  void readsUnownedRivalsAsRivalsOfTheArticlesCompany(String text) {
    assertThat(rivals(extract("Quanta AI sells speech models to banks.", "Quanta AI lost a large customer.", text)))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }
}
