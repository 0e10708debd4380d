package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence that names investors through an investor noun states one deal per pair, at the sentence's stage. */
class OneDealPerStatementTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Quanta AI is in talks to raise $500 million from investors including Hooli and Globex.|IN_TALKS",
      "Quanta AI is in early talks to raise $500 million from a group of investors that includes Hooli and Globex.|IN_TALKS",
      "Quanta AI is said to be raising $500 million from investors including Hooli and Globex.|RUMORED",
      "Quanta AI raised $500 million last week from investors including Hooli and Globex.|COMPLETED"})
  void givesEachListedInvestorOneDealAtTheSentencesStage(String text, Status stage) {
    List<Investment> deals = extract(text).investments();
    assertThat(deals).extracting(i -> i.investor().name() + " -> " + i.investee().name() + " " + i.status())
        .containsExactlyInAnyOrder("Hooli -> Quanta AI " + stage, "Globex -> Quanta AI " + stage);
  }
}
