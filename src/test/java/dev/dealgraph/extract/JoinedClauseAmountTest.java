package dev.dealgraph.extract;

import static dev.dealgraph.extract.AmountAttachmentTest.deals;
import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A clause joined by ", and" after an investment opens a new deal: it extends neither the investees nor the subject. */
class JoinedClauseAmountTest {

  @Test
  void keepsTheFirstSumWhenASecondInvestorFollowsAfterCommaAnd() {
    assertThat(deals(extract("Quanta AI trains models for banks.",
        "Globex has invested $8 billion in the start-up, and Hooli has also put billions of dollars into it.")))
        .containsExactly("Globex -> Quanta AI EXACT 8000000000 USD", "Hooli -> Quanta AI none");
  }

  @Test
  void readsThePronounOfTheSecondClauseAsTheFirstClauseInvestee() {
    assertThat(deals(extract("Tessier Capital put €40 million into Cyberdyne, and Northwind later invested in it."))).containsExactly(
        "Tessier Capital -> Cyberdyne EXACT 40000000 EUR", "Northwind Fund -> Cyberdyne none");
  }

  @Test
  void givesAGappedInvestorAfterTheInvesteeItsOwnSum() {
    assertThat(deals(extract("Tessier Capital has invested €60 million in Cyberdyne and Northwind €15 million.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne EXACT 60000000 EUR",
            "Northwind Fund -> Cyberdyne EXACT 15000000 EUR");
  }

  @Test
  void stillReadsAListWithACommaBeforeAndAsInvestees() {
    assertThat(deals(extract("Tessier Capital has invested in Cyberdyne, and Quanta AI.")))
        .containsExactly("Tessier Capital -> Cyberdyne none", "Tessier Capital -> Quanta AI none");
  }
}
