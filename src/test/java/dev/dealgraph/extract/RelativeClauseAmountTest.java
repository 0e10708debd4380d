package dev.dealgraph.extract;

import static dev.dealgraph.extract.AmountAttachmentTest.deals;
import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A relative clause about a company or an investor carries the deal's sum, in the currency stated first. */
class RelativeClauseAmountTest {

  @Test
  void readsTheSumASpeakerPlansToPutIntoTheAntecedent() {
    assertThat(deals(extract("Kasumi Group listed Quanta AI, a Tallinn builder of language models, into which "
        + "Kasumi Group said it would invest ¥70 billion (about $470 million), among its partners.")))
        .containsExactly("Kasumi Group -> Quanta AI EXACT 70000000000 JPY");
  }

  @Test
  void keepsTheFirstStatedCurrencyOverItsConversion() {
    assertThat(deals(extract("Globex chose Cyberdyne, into which it said it would invest £300m (roughly $400m), as "
        + "its chip supplier."))).containsExactly("Globex -> Cyberdyne EXACT 300000000 GBP");
  }

  @Test
  void givesTheMinimumPutInByAnEarlyInvestorToTheArticleSubject() {
    assertThat(deals(extract("Vandelay Labs is preparing a share sale for staff.", "Northwind, one of the "
        + "company's earliest investors, which put in at least $90 million through two funds, plans to sell.")))
        .containsExactly("Northwind Fund -> Vandelay Labs AT_LEAST 90000000 USD");
  }

  @Test
  void readsTheAntecedentOfToWhichAndWhereAsTheInvestee() {
    assertThat(deals(extract("Hooli picked Initech, to which Northwind committed $60m last year, as a partner.")))
        .containsExactly("Northwind Fund -> Initech EXACT 60000000 USD");
    assertThat(deals(extract("Hooli picked Initech, where Tessier Capital has put €25m, as a partner.")))
        .containsExactly("Tessier Capital -> Initech EXACT 25000000 EUR");
  }

  @Test
  void readsNoDealFromARelativeClauseAboutSomethingElse() {
    assertThat(deals(extract("Globex opened a lab in Lisbon, into which it said it would move 300 staff."))).isEmpty();
    assertThat(deals(extract("Globex opened a lab in Lisbon, where it has put 300 staff."))).isEmpty();
  }
}
