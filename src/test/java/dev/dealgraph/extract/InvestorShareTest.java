package dev.dealgraph.extract;

import static dev.dealgraph.extract.AmountAttachmentTest.deals;
import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** An investor's own part of a deal stated as a noun phrase, and the price paid for a stake, is its sum. */
class InvestorShareTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tessier Capital's own portion is expected to be between €2 billion and €3 billion.|Tessier Capital -> "
          + "Quanta AI RANGE 2000000000 EUR",
      "Northwind's slice of the round: $75m.|Northwind Fund -> Quanta AI EXACT 75000000 USD",
      "Kasumi Group's contribution would come to roughly ¥9 billion.|Kasumi Group -> Quanta AI APPROX 9000000000 JPY",
      "Hooli's share of the financing was at least $120 million.|Hooli -> Quanta AI AT_LEAST 120000000 USD"})
  void readsTheOwnersShareAsItsSumInTheRoundOfTheContext(String sentence, String deal) {
    assertThat(deals(extract("Quanta AI is closing a new funding round this month.", sentence)))
        .containsExactly(deal);
  }

  @Test
  void readsTheShareOfANamedCompanysRound() {
    assertThat(deals(extract("Globex's part of Initech's Series C was $300 million.")))
        .containsExactly("Globex -> Initech EXACT 300000000 USD");
  }

  @Test
  void readsThePriceOfAPercentageAsTheBuyersInvestment() {
    assertThat(deals(extract("Kasumi Group is paying ¥80 billion for 30% of Cyberdyne, the chip designer.")))
        .containsExactly("Kasumi Group -> Cyberdyne EXACT 80000000000 JPY");
    assertThat(deals(extract("Globex has agreed to invest in Vandelay Labs, the Oslo lab.",
        "Under the terms, $2.1 billion for 40% of the lab.")))
        .containsExactly("Globex -> Vandelay Labs EXACT 2100000000 USD");
  }

  @Test
  void readsThePriceAfterAStakeAndTheSumPaidForShares() {
    assertThat(deals(extract("Vandelay Labs is raising money.", "Kasumi Group will take an 8% stake in the lab for "
        + "€90 million."))).containsExactly("Kasumi Group -> Vandelay Labs EXACT 90000000 EUR");
    assertThat(deals(extract("Hooli bought $45 million worth of new shares in Initech.")))
        .containsExactly("Hooli -> Initech EXACT 45000000 USD");
    assertThat(deals(extract("Tessier Capital will buy €12 million of Cyberdyne stock.")))
        .containsExactly("Tessier Capital -> Cyberdyne EXACT 12000000 EUR");
  }

  @Test
  void givesThePricePaidForTheStakeToTheDealJustTold() {
    assertThat(deals(extract("Kasumi Group has bought a minority stake in Vandelay Labs.",
        "Kasumi Group paid roughly ¥20 billion for it."))).containsExactly(
        "Kasumi Group -> Vandelay Labs APPROX 20000000000 JPY");
    assertThat(deals(extract("Kasumi Group has bought a minority stake in Vandelay Labs.",
        "The holding cost the conglomerate ¥20 billion."))).containsExactly(
        "Kasumi Group -> Vandelay Labs EXACT 20000000000 JPY");
  }

  @Test
  void givesNoPriceFromACostOfSomethingElse() {
    assertThat(deals(extract("Kasumi Group has bought a minority stake in Vandelay Labs.",
        "The new factory cost the conglomerate ¥20 billion."))).containsExactly("Kasumi Group -> Vandelay Labs none");
  }

  @Test
  void readsNoInvestmentFromSharesSold() {
    assertThat(deals(extract("Tessier Capital sold €12 million of Cyberdyne stock."))).isEmpty();
  }

  @Test
  void readsTheSumBeforeItsInvestorAsTheRelativisedObject() {
    assertThat(deals(extract("Quanta AI is raising a new round.", "The €70 million Northwind invested in 2022 was its "
        + "biggest cheque."))).containsExactly("Northwind Fund -> Quanta AI EXACT 70000000 EUR");
  }

  @Test
  void readsNoSumFromAShareOfAMarketOrAShareprice() {
    assertThat(deals(extract("Quanta AI is closing a new funding round.", "Hooli's share of the cloud market was "
        + "worth $9 billion last year, and Hooli's share price rose 4% to $210."))).isEmpty();
  }
}
