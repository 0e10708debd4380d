package dev.dealgraph.extract;

import static dev.dealgraph.extract.AmountAttachmentTest.deals;
import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A headline's sum for an investor it only describes goes to the investor the body then names. */
class HeadlineSumTest {

  @Test
  void givesTheHeadlineSumToTheFundTheBodyNames() {
    assertThat(deals(extract("Sovereign fund to put 90 billion yen into robot maker Cyberdyne",
        "Northwind, the Gulf state investor, said on Tuesday it would buy a stake in Cyberdyne.")))
        .containsExactly("Northwind Fund -> Cyberdyne EXACT 90000000000 JPY");
  }

  @Test
  void keepsAHeadlineRoundOfADescribedLeadAsContextWithoutGivingItsTotalToTheLead() {
    Extraction e = extract("Gulf fund leads $600m round in Initech", "Northwind led the round, its first in Europe.");
    assertThat(deals(e)).containsExactly("Northwind Fund -> Initech none");
    assertThat(e.rounds()).extracting(r -> r.investee().name()).containsExactly("Initech");
  }

  @Test
  void readsCurrencyWordsAfterTheNumber() {
    assertThat(deals(extract("Kasumi Group will invest 400 billion won in Quanta AI.")))
        .containsExactly("Kasumi Group -> Quanta AI EXACT 400000000000 KRW");
    assertThat(deals(extract("Hooli will invest 900 million rupees in Quanta AI.")))
        .containsExactly("Hooli -> Quanta AI EXACT 900000000 INR");
  }

  @Test
  void leavesTheBodysOwnFigureInPlace() {
    assertThat(deals(extract("State fund to put $2 billion into Cyberdyne",
        "Northwind will invest $1.5 billion in Cyberdyne, the rest coming from banks.")))
        .containsExactly("Northwind Fund -> Cyberdyne EXACT 1500000000 USD");
  }

  @Test
  void givesNoHeadlineSumToADealAboutAnotherCompany() {
    assertThat(deals(extract("State fund to put $2 billion into Cyberdyne",
        "Northwind already holds a stake in Initech.")))
        .containsExactly("Northwind Fund -> Initech none");
  }
}
