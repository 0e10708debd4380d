package dev.dealgraph.extract;

import static dev.dealgraph.extract.AmountAttachmentTest.deals;
import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The figure an investment is said to be, or to come to, is the investor's sum; a running total is not. */
class StatedFigureTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Kasumi Group's investment in Initech, worth ¥40 billion, was approved on Friday.|EXACT 40000000000 JPY",
      "Kasumi Group's stake in Initech amounts to ¥40 billion.|EXACT 40000000000 JPY",
      "Kasumi Group backed Initech to the tune of ¥40 billion.|EXACT 40000000000 JPY"})
  void readsTheFigureTheInvestmentIsSaidToBe(String sentence, String figure) {
    assertThat(deals(extract(sentence))).containsExactly("Kasumi Group -> Initech " + figure);
  }

  @Test
  void readsTheSumThatRestatesThePortionAnInvestorPutIn() {
    assertThat(deals(extract("Initech raised $90 million this week.", "Northwind contributed the bulk, roughly $70 "
        + "million."))).containsExactly("Northwind Fund -> Initech APPROX 70000000 USD");
  }

  @Test
  void leavesARunningTotalOffTheNewDeal() {
    assertThat(deals(extract("Hooli will invest another €500 million in Quanta AI, taking the group's total "
        + "commitment to the lab to €2 billion."))).containsExactly("Hooli -> Quanta AI EXACT 500000000 EUR");
  }
}
