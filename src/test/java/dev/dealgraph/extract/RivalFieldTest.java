package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rivalry told through a market or a prize: a crowded field, a battle for customers, alternatives to a leader. */
class RivalFieldTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Initech operates in a crowded field that includes Globex and Hooli.|Globex ~ Initech;Hooli ~ Initech",
      "The battle for developers between Globex and Hooli is getting costly.|Globex ~ Hooli",
      "Hospitals want alternatives to Globex, such as Initech.|Globex ~ Initech",
      "Competition from Globex is heating up for Initech.|Globex ~ Initech",
      "Globex and Hooli dominate the market, with Initech a distant third.|Globex ~ Initech;Hooli ~ Initech",
      "Globex dominates search in Europe, followed by Initech.|Globex ~ Initech"})
  void pairsTheMembersOfTheField(String text, String pairs) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder(pairs.split(";"));
  }

  @Test
  void readsOpeningCompetitionAsFeltByTheArticlesSubject() {
    assertThat(rivals(extract("Initech raised $40 million on Monday.", "Competition from Hooli is heating up.")))
        .containsExactly("Hooli ~ Initech");
  }

  @Test
  void readsAlsoACompetitorAsOneMoreRivalOfTheArticlesSubject() {
    assertThat(rivals(extract("Initech raised $40 million on Monday.", "Globex is also a competitor.")))
        .containsExactly("Globex ~ Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Globex invested in a crowded field that includes Initech and Hooli.",
      "Initech operates in a crowded field, and Globex is its investor.",
      "The battle for developers is getting costly, Globex and Hooli said.",
      "Hospitals want alternatives to paper, such as tablets from Initech.",
      "Demand from Globex is heating up for Initech.",
      "Initech raised $40 million on Monday. Globex is also an investor.",
      "Globex led the round, followed by Hooli and Initech.",
      "Globex dominates the market, with Initech as its supplier.",
      "Globex dominated the round, with Initech a distant second in the ranking of cheques."})
  void findsNoRivalryOutsideTheField(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }
}
