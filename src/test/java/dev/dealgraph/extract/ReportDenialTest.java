package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reported deal that a party to it denies in a later sentence is no investment. */
class ReportDenialTest {

  private static final String REPORT = "A newspaper said Hooli would invest $800 million in Cyberdyne.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli denied the report on Tuesday.",
      "Cyberdyne denied it.",
      "Hooli called the report inaccurate.",
      "Hooli dismissed reports of talks as speculation."})
  void dropsAReportedDealItsPartyDenies(String denial) {
    assertThat(pairs(extract(REPORT, denial))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli declined to comment.",
      "Globex denied the report."})
  void keepsTheReportWhenNoPartyDeniesIt(String sentence) {
    assertThat(pairs(extract(REPORT, sentence))).containsExactly("Hooli -> Cyberdyne");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli invested $800 million in Cyberdyne last year. Hooli denied a report that it would sell the stake.",
      "Hooli invested $800 million in Cyberdyne last year. Hooli denied reports of a rift with its founders."})
  void keepsACompletedDealWhenItsPartyDeniesSomethingElse(String text) {
    assertThat(pairs(extract(text))).containsExactly("Hooli -> Cyberdyne");
  }
}
