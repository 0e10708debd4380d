package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A conversion in parentheses restates the figure before it: the first-stated currency is the amount. */
class CurrencyGlossTest {

  @Test
  void keepsOneRoundInTheFirstStatedCurrency() {
    Extraction e = extract("Cyberdyne said it had closed a Series B round of 90 billion won ($65 million),"
        + " lifting its valuation to about 600 billion won.");
    assertThat(e.rounds()).singleElement().satisfies(r -> {
      assertThat(r.amount()).hasValueSatisfying(a -> assertThat(a.currency()).isEqualTo("KRW"));
    });
  }

  @Test
  void givesTheInvestorTheFirstStatedSumNotItsConversion() {
    Extraction e = extract("Tessier Capital invested €40 million (about $43 million) in Cyberdyne.");
    assertThat(e.investments()).singleElement().satisfies(i -> {
      assertThat(i.amount()).hasValueSatisfying(a -> {
        assertThat(a.currency()).isEqualTo("EUR");
        assertThat(a.figure()).isEqualByComparingTo(new BigDecimal("40000000"));
      });
    });
  }

  @Test
  void keepsDollarsBeforeAConversionIntoCrore() {
    Extraction e = extract("Hooli will invest $1.2 billion (about ₹10,000 crore) in Kasumi Group.");
    assertThat(e.investments()).singleElement().satisfies(i -> {
      assertThat(i.amount()).hasValueSatisfying(a -> {
        assertThat(a.currency()).isEqualTo("USD");
        assertThat(a.figure()).isEqualByComparingTo(new BigDecimal("1200000000"));
      });
    });
  }

  @Test
  void keepsCroreBeforeAConversionIntoDollars() {
    Extraction e = extract("Kasumi Group invested Rs 4,000 crore (roughly $480 million) in Cyberdyne.");
    assertThat(e.investments()).singleElement().satisfies(i -> {
      assertThat(i.amount()).hasValueSatisfying(a -> {
        assertThat(a.currency()).isEqualTo("INR");
        assertThat(a.figure()).isEqualByComparingTo(new BigDecimal("40000000000"));
      });
    });
  }

  @Test
  void keepsASecondSumInParenthesesThatIsNoConversion() {
    Extraction e = extract("Cyberdyne raised $90 million (including $20 million of debt) from Tessier Capital.");
    assertThat(e.rounds()).singleElement().satisfies(r -> assertThat(r.amount()).isPresent());
  }
}
