package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The way filings and reports about them list a company's competitors. */
class RivalFilingTest {

  private static final String FILED = "Quanta AI filed for a listing in Tallinn on Monday.";

  @Test
  void readsCompetitionFacedInTheFirstPersonAsTheArticlesSubjects() {
    assertThat(rivals(extract(FILED, "We face intense competition from Initech and Hooli, as well as from new"
        + " entrants such as Cyberdyne.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI", "Cyberdyne ~ Quanta AI");
  }

  @Test
  void readsMoneyRaisedInTheFirstPersonAsNoRivalry() {
    assertThat(rivals(extract(FILED, "We raised money from Initech and Hooli last year."))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"In its filing, the company named Initech and Hooli as competitors.",
      "The filing lists Initech and Hooli as its main rivals.",
      "The company faces rivals ranging from Initech to Hooli.",
      "Its competitors range from giants such as Initech to start-ups like Hooli.",
      "It competes primarily with Initech, and to a lesser degree with Hooli.",
      "The company says its main competitor is Initech, along with Hooli."})
  void readsEachCompetitorTheFilingNames(String text) {
    assertThat(rivals(extract(FILED, text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsANamedExecutiveAsNoRival() {
    assertThat(rivals(extract(FILED, "The company named Ana Ruiz of Initech as chief financial officer."))).isEmpty();
  }

  @Test
  void readsARangeOfPricesAsNoRivalry() {
    assertThat(rivals(extract(FILED, "Its prices range from those of Initech to those of Hooli."))).isEmpty();
  }

  @Test
  void readsTheNameJoinedAfterTheCountedRivals() {
    assertThat(rivals(extract(FILED, "It counts Initech and Hooli among its competitors, along with Cyberdyne.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI", "Cyberdyne ~ Quanta AI");
  }

  @Test
  void readsTheBackerJoinedAfterTheCountedRivalsAsNoRival() {
    assertThat(rivals(extract(FILED, "It counts Initech and Hooli among its competitors, along with investors such"
        + " as Tessier Capital.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }
}
