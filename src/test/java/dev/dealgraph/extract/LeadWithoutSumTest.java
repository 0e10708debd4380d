package dev.dealgraph.extract;

import static dev.dealgraph.extract.AmountAttachmentTest.deals;
import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sum of a round or investment that an investor led is the whole deal's, so the lead's pair has no figure. */
class LeadWithoutSumTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Vandelay Labs raised a €80 million round in 2023 led by Tessier Capital.",
      "Tessier Capital led the €80m Series B of Vandelay Labs.",
      "Tessier Capital led a €80 million investment in Vandelay Labs.",
      "Tessier Capital spearheaded a €80 million investment in Vandelay Labs.",
      "A €80 million investment in Vandelay Labs was led by Tessier Capital.",
      "Vandelay Labs received a €80 million investment led by Tessier Capital."})
  void keepsTheLeadsPairWithoutTheDealsTotal(String sentence) {
    assertThat(deals(extract(sentence))).containsExactly("Tessier Capital -> Vandelay Labs none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tessier Capital made a €15 million investment in Vandelay Labs as part of a €80 million round.|EXACT 15000000",
      "Tessier Capital has agreed to lead the round in Vandelay Labs with €15 million.|EXACT 15000000",
      "Tessier Capital anchored a €15 million investment in Vandelay Labs.|EXACT 15000000"})
  void keepsTheSumAnInvestorPutInItself(String sentence, String figure) {
    assertThat(deals(extract(sentence))).containsExactly("Tessier Capital -> Vandelay Labs " + figure + " EUR");
  }
}
