package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A relative clause after an investor's apposition ("X, the firm founded by Y, which …") is about the investor. */
class ApposedInvestorClauseTest {

  private static final String HEADLINE = "Quanta AI in talks for a mega round";
  private static final String OPENING = "Quanta AI is in talks to raise new money at a $30 billion valuation. "
      + "Vandelay Labs had earlier held talks with the same investors but walked away.";

  @Test
  void givesTheClausesSumToTheInvestorTheAppositionDescribes() {
    Extraction e = extract(HEADLINE, OPENING, "The round is being led by Northwind Fund, the venture firm set up "
        + "by Lena Ortiz, which is expected to contribute roughly $1 billion.");
    assertThat(e.investments()).anySatisfy(i -> {
      assertThat(i.investor().name()).isEqualTo("Northwind Fund");
      assertThat(i.investee().name()).isEqualTo("Quanta AI");
      assertThat(i.amount().orElseThrow().kind()).isEqualTo(Amount.Kind.APPROX);
      assertThat(i.amount().orElseThrow().figure()).isEqualByComparingTo("1000000000");
    });
    assertThat(e.investments()).noneMatch(i -> i.investor().name().equals("Lena Ortiz")
        || i.investee().name().equals("Vandelay Labs"));
  }

  @Test
  void givesTheRoundToTheHeadlinesSubjectNotToTheCompanyThatWalkedAway() {
    Extraction e = extract("Pellucid in talks for a record round",
        "Pellucid is in talks to raise new money. Brantley Labs had earlier held talks with the same investors "
            + "but walked away.",
        "The round is being led by Marlow Capital, the venture firm founded by Lena Ortiz, which is expected to "
            + "contribute about $900 million.");
    assertThat(e.investments()).isNotEmpty().allSatisfy(i -> {
      assertThat(i.investor().name()).isEqualTo("Marlow Capital");
      assertThat(i.investee().name()).isEqualTo("Pellucid");
    });
  }

  @Test
  void keepsThePersonWhenTheClauseFollowsNoApposition() {
    Extraction e = extract(HEADLINE, OPENING, "Backers include Lena Ortiz, who is expected to put in $5 million.");
    assertThat(e.investments()).noneMatch(i -> i.investor().name().equals("Northwind Fund"));
  }
}
