package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static dev.dealgraph.extract.Fixtures.staged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sum stated with no company and no deal before it goes to the company the sentence before is about. */
class SumAfterSubjectTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "At its founding, Zorbit took private capital from eight companies. Initech and Hooli each invested"
          + " 1 billion yen.",
      "Zorbit Labs began with a small amount of capital. Initech and Hooli each put in $10 million."})
  void givesEachSumToThePreviousSentencesCompany(String text) {
    assertThat(pairs(extract(text))).containsAnyOf("Initech -> Zorbit", "Initech -> Zorbit Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Globex invested in Vandelay Labs last year. Initech and Hooli each invested $10 million.",
      "Ana Ruiz founded a lab in Oslo. Initech and Hooli each invested $10 million."})
  void givesNoSumToABackerOrAPerson(String text) {
    assertThat(pairs(extract(text))).doesNotContain("Initech -> Globex", "Hooli -> Globex", "Initech -> Ana Ruiz");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Tessier Capital led, with participation from Kasumi Group.",
      "Investors included Tessier Capital and Kasumi Group."})
  void givesAListWithoutASumNoCompanyFromTheSentenceBefore(String list) {
    assertThat(pairs(extract("Zorbit Labs announced $250 million for two new data centres. " + list)))
        .noneMatch(p -> p.endsWith("-> Zorbit Labs"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The change settles a condition attached to Hooli's $30 billion commitment, made in May.",
      "The change settles a condition of Hooli's $30 billion commitment."})
  void readsACommitmentItsOwnerHasMadeAsCompleted(String text) {
    assertThat(staged(extract("Zorbit Labs finished its restructuring on Tuesday. " + text)))
        .contains("Hooli -> Zorbit Labs COMPLETED");
  }
}
