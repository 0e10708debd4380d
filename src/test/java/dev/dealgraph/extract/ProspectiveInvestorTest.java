package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An investor weighing a stake in "a follow-on round" invests in the company that raised, named earlier. */
class ProspectiveInvestorTest {

  private static final String RAISE = "Pellucid Robotics has raised $12 million in a seed round led by Harrow "
      + "Capital.";

  @Test
  void readsARoundAfterTheNounAsTheEarlierCompany() {
    Extraction e = extract(RAISE, "Quillon Ventures is considering an investment of between $20 million and "
        + "$30 million in a follow-on round.");
    Investment deal = quillon(e);
    assertThat(deal.investee().name()).isEqualTo("Pellucid Robotics");
    assertThat(deal.amount().orElseThrow().max()).contains(new BigDecimal("30000000"));
    assertThat(deal.status()).isEqualTo(Status.RUMORED);
  }

  @Test
  void takesAMutualAsAnOrganization() {
    Extraction e = extract(RAISE, "Ostrava Mutual is weighing an investment of $5 million in the next round.");
    assertThat(Fixtures.pairs(e)).contains("Ostrava Mutual -> Pellucid Robotics");
  }

  @Test
  void leavesTheStatusCuesOfAnAppositiveRelativeClauseToThatClause() {
    Extraction e = extract(RAISE, "Quillon Ventures, a fund that already owns shares in two rivals, is weighing an "
        + "investment of $8 million in a second round. Nothing has been agreed.");
    Investment deal = quillon(e);
    assertThat(deal.status()).isEqualTo(Status.RUMORED);
  }

  @Test
  void readsNamesBeforeAVerbAsBuyersOfStakesRatherThanAsTheStakesCompany() {
    Extraction e = extract(RAISE, "Quillon Ventures and Ostrava Mutual also bought stakes in the round.");
    assertThat(Fixtures.pairs(e)).doesNotContain("Quillon Ventures -> Ostrava Mutual")
        .contains("Quillon Ventures -> Pellucid Robotics", "Ostrava Mutual -> Pellucid Robotics");
  }

  private static Investment quillon(Extraction e) {
    return e.investments().stream().filter(i -> i.investor().name().equals("Quillon Ventures")).findFirst()
        .orElseThrow();
  }
}
