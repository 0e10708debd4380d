package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A conversion in parentheses or between commas restates the figure before it: the first-stated currency counts. */
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

  @Test
  void readsPastAConversionBetweenCommasToTheInvestee() {
    assertThat(AmountAttachmentTest.deals(extract("Kasumi Group will invest 900 billion won, or roughly $650 million, "
        + "in Initech."))).containsExactly("Kasumi Group -> Initech EXACT 900000000000 KRW");
    assertThat(AmountAttachmentTest.deals(extract("Hooli will invest €2bn, equivalent to $2.2bn, in Initech over two "
        + "years."))).containsExactly("Hooli -> Initech EXACT 2000000000 EUR");
  }

  @Test
  void keepsEachSumOfAListBetweenCommas() {
    assertThat(AmountAttachmentTest.deals(extract("Globex, Hooli and Initech invested $1 million, $2 million and "
        + "$3 million respectively in Cyberdyne."))).hasSize(3);
  }
}
