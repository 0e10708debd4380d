package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence that names investors through an investor noun states one deal per pair, at the sentence's stage. */
class OneDealPerStatementTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Quanta AI is in talks to raise $500 million from investors including Hooli and Globex.|IN_TALKS",
      "Quanta AI is in early talks to raise $500 million from a group of investors that includes Hooli and Globex.|IN_TALKS",
      "Quanta AI is said to be raising $500 million from investors including Hooli and Globex.|RUMORED",
      "Quanta AI raised $500 million last week from investors including Hooli and Globex.|COMPLETED",
      "Quanta AI is in advanced talks with investors including Hooli and Globex about a new funding round.|IN_TALKS",
      "Quanta AI is in talks with a group of backers that includes Hooli and Globex to raise $200 million.|IN_TALKS"})
  void givesEachListedInvestorOneDealAtTheSentencesStage(String text, Status stage) {
    List<Investment> deals = extract(text).investments();
    assertThat(deals).extracting(i -> i.investor().name() + " -> " + i.investee().name() + " " + i.status())
        .containsExactlyInAnyOrder("Hooli -> Quanta AI " + stage, "Globex -> Quanta AI " + stage);
  }

  @Test
  void findsNoTalksDealWithInvestorsWhoseTalksHaveNoPurpose() {
    assertThat(extract("Quanta AI is in talks with investors including Hooli and Globex.").investments()).isEmpty();
  }

  @Test
  void givesTheRoundToTheCompanyInTalksRatherThanToTheLastListedBacker() {
    assertThat(extract("Quanta AI is in talks with backers that include Hooli and Globex to raise $200 million.")
        .rounds()).extracting(r -> r.investee().name()).containsExactly("Quanta AI");
  }
}
