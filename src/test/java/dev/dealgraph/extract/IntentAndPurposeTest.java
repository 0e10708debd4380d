package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.staged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The owner of a noun of intent invests; a purpose after the sum is not its company. */
class IntentAndPurposeTest {

  @Test
  void readsTheOwnerOfACommitmentToInvestAsTheInvestor() {
    Extraction e = extract("Hooli sold shares to raise cash for its bets, chief among them its commitment to invest"
        + " up to $30 billion in Initech this year.");

    assertThat(DealSums.of(e)).contains("Hooli -> Initech 30000000000");
    assertThat(staged(e)).contains("Hooli -> Initech COMPLETED");
  }

  @Test
  void readsTheOwnerOfAPlanToInvestAsAnnounced() {
    Extraction e = extract("Globex said its plan to invest $200 million in Quanta AI was on track.");

    assertThat(staged(e)).containsExactly("Globex -> Quanta AI ANNOUNCED");
  }

  @Test
  void leavesTheCompanyToTheContextWhenAPurposeFollowsTheSum() {
    Extraction e = extract("Initech raised $300 million in August.",
        "Of that, Hooli put in $50 million to develop chips for cars.");

    assertThat(DealSums.of(e)).contains("Hooli -> Initech 50000000");
  }

  @Test
  void keepsTheCompanyNamedAfterTo() {
    Extraction e = extract("Globex committed $3 billion to Initech in 2022.");

    assertThat(DealSums.of(e)).containsExactly("Globex -> Initech 3000000000");
  }

  @Test
  void readsACommitmentAlreadyPartlyFundedAsCompletedWithItsWholeSum() {
    Extraction e = extract("Hooli has funded $11.6 billion of its $13 billion commitment to Initech.");

    assertThat(DealSums.of(e)).containsExactly("Hooli -> Initech 13000000000");
    assertThat(staged(e)).containsExactly("Hooli -> Initech COMPLETED");
  }
}
