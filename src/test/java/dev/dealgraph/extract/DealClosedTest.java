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

  @Test
  void completesACommitmentThatALaterSumCompleted() {
    Extraction e = extract("Globex agreed to invest up to $4 billion in Quanta AI.",
        "Globex made an initial investment of $1 billion and added $3 billion in March, completing the commitment.");

    assertThat(staged(e)).isNotEmpty().allSatisfy(s -> assertThat(s).endsWith("COMPLETED"));
  }

  @Test
  void leavesTheCommitmentOfAnotherInvestorAnnounced() {
    Extraction e = extract("Globex agreed to invest up to $4 billion in Quanta AI.",
        "Hooli added $3 billion to Initech in March, completing its investment.");

    assertThat(staged(e)).contains("Globex -> Quanta AI ANNOUNCED", "Hooli -> Initech COMPLETED");
  }
}
