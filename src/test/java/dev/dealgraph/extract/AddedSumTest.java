package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A sum added to a deal already made ("a further $2 billion", "$1 billion more") is a deal of its own. */
class AddedSumTest {

  @Test
  void readsAFurtherSumPutInAfterACoordinatedClauseAsASecondDeal() {
    Extraction e = extract("Hooli committed $3 billion to Initech in 2022, and put in a further $2 billion early"
        + " this year.");

    assertThat(DealSums.of(e)).contains("Hooli -> Initech 3000000000", "Hooli -> Initech 2000000000");
  }

  @Test
  void readsAnAdditionalSumPutInAsASecondDeal() {
    Extraction e = extract("Globex invested $40 million in Quanta AI last spring and then put in an additional"
        + " $25 million in June.");

    assertThat(DealSums.of(e)).contains("Globex -> Quanta AI 40000000", "Globex -> Quanta AI 25000000");
  }

  @Test
  void givesASumMoreToTheCompanyTheInvestorsRelativeClauseBacked() {
    Extraction e = extract("Lantern AI raised money last month.",
        "Cyberdyne, which has already poured about $6 billion into Initech since 2020, is in talks to invest"
            + " roughly $2 billion more, the people said.");

    assertThat(DealSums.of(e)).contains("Cyberdyne -> Initech 6000000000", "Cyberdyne -> Initech 2000000000")
        .doesNotContain("Cyberdyne -> Lantern AI 2000000000");
  }

  @Test
  void keepsTheOtherCompanyForANewDealOfAnInvestorDescribedAsAnEarlyBacker() {
    Extraction e = extract("Lantern AI is raising a new round.",
        "Tessier Capital, which backed Initech in 2021, is in talks to invest $50 million.");

    assertThat(DealSums.of(e)).contains("Tessier Capital -> Lantern AI 50000000");
  }

  @Test
  void readsTheSumBeforeWhoseMoneyItWasAndTheCompanyAfter() {
    Extraction e = extract("Ana Ruiz has invested $40 million of her own money in Quanta AI, the startup she runs.");

    assertThat(e.investments()).anySatisfy(i -> {
      assertThat(i.investee().name()).isEqualTo("Quanta AI");
      assertThat(i.amount()).hasValueSatisfying(
          a -> assertThat(a.figure()).isEqualByComparingTo(BigDecimal.valueOf(40_000_000L)));
    });
  }

  @Test
  void readsTheStageOfASecondPredicateFromItsOwnWords() {
    Extraction e = extract("Globex invested $40 million in Quanta AI last year and is in talks to invest $60 million"
        + " more.");

    assertThat(Fixtures.staged(e)).containsExactly("Globex -> Quanta AI COMPLETED", "Globex -> Quanta AI IN_TALKS");
  }
}
