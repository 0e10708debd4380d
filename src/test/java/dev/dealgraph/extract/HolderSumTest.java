package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The sum a holder has put in, stated with the investor noun that names it in apposition. */
class HolderSumTest {

  @Test
  void readsTheSumInvestedAfterAnApposedInvestorNounAsAMinimum() {
    Extraction e = extract("Analysts asked whether Hooli, Initech's biggest shareholder with more than $13 billion"
        + " invested, would object to the sale.");

    assertThat(e.investments()).singleElement().satisfies(i -> {
      assertThat(i.investor().name()).isEqualTo("Hooli");
      assertThat(i.investee().name()).isEqualTo("Initech");
      assertThat(i.amount()).hasValueSatisfying(a -> {
        assertThat(a.kind()).isEqualTo(Amount.Kind.AT_LEAST);
        assertThat(a.figure()).isEqualByComparingTo(BigDecimal.valueOf(13_000_000_000L));
      });
    });
  }

  @Test
  void leavesTheSumOfAShareholderWithoutAVerbOfInvestingOut() {
    Extraction e = extract("Hooli, Initech's biggest shareholder with $13 billion in revenue, would object.");

    assertThat(e.investments()).allSatisfy(i -> assertThat(i.amount()).isEmpty());
  }
}
