package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An investor's own part of a round: a percentage restated as a sum, a sum in a clause of its own, a stake bought. */
class OwnShareTest {

  @Test
  void readsAPercentageOfTheRoundRestatedAsASum() {
    Extraction e = extract("Initech is raising $40 billion.",
        "Hooli agreed to provide 75% of it, so $30 billion, and the rest comes from others.");

    assertThat(DealSums.of(e)).contains("Hooli -> Initech 30000000000");
  }

  @Test
  void readsAPercentageRestatedAfterOr() {
    Extraction e = extract("Initech is raising $5 billion.",
        "Globex will provide 40 percent of the round, or about $2 billion.");

    assertThat(e.investments()).anySatisfy(i -> {
      assertThat(i.investor().name()).isEqualTo("Globex");
      assertThat(i.amount()).hasValueSatisfying(a -> {
        assertThat(a.kind()).isEqualTo(Amount.Kind.APPROX);
        assertThat(a.figure()).isEqualByComparingTo(BigDecimal.valueOf(2_000_000_000L));
      });
    });
  }

  @Test
  void takesNoSumFromAPercentageLeftUnstated() {
    Extraction e = extract("Initech is raising $5 billion.", "Globex will provide 40 percent of the round.");

    assertThat(e.investments()).allSatisfy(i -> assertThat(i.amount()).isEmpty());
  }

  @Test
  void givesEachInvestorTheSumOfItsOwnClause() {
    Extraction e = extract("Initech raised $900 million.",
        "Hooli put in $500 million and Globex contributed about $100 million, the people said.");

    assertThat(DealSums.of(e)).contains("Hooli -> Initech 500000000", "Globex -> Initech 100000000");
  }

  @Test
  void reachesTheCompanyPastTheStakeTheSumBought() {
    Extraction e = extract("Cyberdyne invested $480 million for a 9.9 per cent stake in Vandelay Labs, the company"
        + " said.");

    assertThat(DealSums.of(e)).contains("Cyberdyne -> Vandelay Labs 480000000");
  }

  @Test
  void readsTheStageACompanyAnnouncedForItself() {
    Extraction e = extract("Hooli announced it would invest $3 billion in Initech.");

    assertThat(Fixtures.staged(e)).contains("Hooli -> Initech ANNOUNCED");
  }
}
