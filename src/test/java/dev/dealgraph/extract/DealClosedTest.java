package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.staged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence reporting the deal just told as closed makes it completed. */
class DealClosedTest {

  @Test
  void completesTheDealTheNextSentenceReportsCompleted() {
    Extraction e = extract("Hooli announced it would invest $3 billion in Initech.",
        "That deal was completed later that year after regulatory approvals.");

    assertThat(staged(e)).containsExactly("Hooli -> Initech COMPLETED");
  }

  @Test
  void completesTheDealWhoseTransactionClosed() {
    Extraction e = extract("Globex agreed to invest $40 million in Quanta AI.", "The transaction closed in June.");

    assertThat(staged(e)).containsExactly("Globex -> Quanta AI COMPLETED");
  }

  @Test
  void keepsTheStageWhenTheDealIsOnlyExpectedToClose() {
    Extraction e = extract("Globex agreed to invest $40 million in Quanta AI.",
        "The deal is expected to be completed in June.");

    assertThat(staged(e)).containsExactly("Globex -> Quanta AI ANNOUNCED");
  }

  @Test
  void keepsTheStageWhenTheDealHasNotClosed() {
    Extraction e = extract("Globex agreed to invest $40 million in Quanta AI.", "The deal has not closed yet.");

    assertThat(staged(e)).containsExactly("Globex -> Quanta AI ANNOUNCED");
  }
}
