package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lending is no investment: credit facilities, loans and debt financings give no deal and no round. */
class DebtIsNoEquityTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech signed a $2.5 billion revolving credit facility with lenders including Hooli, Kasumi Group and "
          + "Northwind Fund.",
      "Vandelay Labs completed a $900m debt financing led by Tessier Capital.",
      "Cyberdyne took $300 million in loans from Kasumi Group in March.",
      "Quanta AI obtained a $150 million credit line arranged by Northwind Fund.",
      "Initech raised $40 million of venture debt from Tessier Capital."})
  void readsLendingAsNoInvestment(String text) {
    Extraction e = extract(text);
    assertThat(pairs(e)).isEmpty();
    assertThat(e.rounds()).isEmpty();
  }

  @Test
  void keepsConvertibleNoteAsInvestment() {
    Extraction e = extract("Kasumi Group put $25 million into Cyberdyne by way of a convertible note.");
    assertThat(pairs(e)).containsExactly("Kasumi Group -> Cyberdyne");
    assertThat(e.investments().get(0).amount().orElseThrow().figure()).isEqualByComparingTo("25000000");
  }

  @Test
  void keepsEquityRoundBesideALoanStatedApart() {
    Extraction e = extract("Quanta AI raised $60 million from Tessier Capital and separately took a $20 million "
        + "term loan from Northwind Fund.");
    assertThat(pairs(e)).containsExactly("Tessier Capital -> Quanta AI");
  }
}
