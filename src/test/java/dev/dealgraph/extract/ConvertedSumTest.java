package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A conversion in parentheses after a sum stands between the sum and its company without breaking the phrase. */
class ConvertedSumTest {

  @Test
  void readsTheCompanyPastAConversionAfterAnInvestmentOfASum() {
    Extraction e = extract("Northwind Fund will make a direct investment of 250 billion won (about $166 million) in"
        + " Quanta AI, the ministry said.");

    assertThat(DealSums.of(e)).containsExactly("Northwind Fund -> Quanta AI 250000000000");
  }

  @Test
  void readsTheCompanyPastAConversionSetOffByCommas() {
    Extraction e = extract("Hooli made an investment of €90 million, or about $100 million, in Initech.");

    assertThat(e.investments()).singleElement().satisfies(i -> {
      assertThat(i.investee().name()).isEqualTo("Initech");
      assertThat(i.amount()).hasValueSatisfying(a -> assertThat(a.currency()).isEqualTo("EUR"));
    });
  }

  @Test
  void keepsTheSumWithoutAConversion() {
    Extraction e = extract("Hooli made an investment of $50 million in Initech.");

    assertThat(DealSums.of(e)).containsExactly("Hooli -> Initech 50000000");
  }
}
