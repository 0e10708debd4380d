package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A correction repeats what an earlier text said wrongly; the article no longer asserts it. */
class CorrectionTest {

  @Test
  void takesNoSumFromACorrectionOfAnEarlierVersion() {
    Extraction e = extract("Initech raised $400 million in a round led by Hooli.",
        "CORRECTION: An earlier version of this article said Hooli was contributing $100 million of the round.");

    assertThat(e.investments()).anySatisfy(i -> assertThat(i.investor().name()).isEqualTo("Hooli"))
        .allSatisfy(i -> assertThat(i.amount()).isEmpty());
  }

  @Test
  void takesNoDealFromAStoryThatIncorrectlyReportedOne() {
    Extraction e = extract("Initech raised money this week.",
        "This story incorrectly reported that Globex had invested $50 million in Initech.");

    assertThat(e.investments()).noneSatisfy(i -> assertThat(i.investor().name()).isEqualTo("Globex"));
  }

  @Test
  void keepsTheDealOfASentenceThatCorrectsNothing() {
    Extraction e = extract("Globex had invested $50 million in Initech, an earlier filing showed.");

    assertThat(e.investments()).anySatisfy(i -> assertThat(i.investor().name()).isEqualTo("Globex"));
  }
}
