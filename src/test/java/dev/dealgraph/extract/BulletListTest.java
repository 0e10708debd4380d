package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Investors set out one per line under a line introducing them join the round named before. */
class BulletListTest {

  private static final String OPENING = "Cyberdyne has closed a $40 million Series A.";

  @Test
  void makesEachNamedLineUnderAnInvestorHeadingAnInvestor() {
    assertThat(pairs(extract(OPENING, "Investors in the round:", "Tessier Capital (lead)", "Orrin Ventures",
        "- Halvard Partners - returning", "The company builds warehouse robots.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Orrin Ventures -> Cyberdyne",
            "Halvard Partners -> Cyberdyne");
  }

  @Test
  void readsNoInvestorsUnderAHeadingAboutSomethingElse() {
    assertThat(pairs(extract(OPENING, "Customers today:", "Hooli", "Globex"))).isEmpty();
  }

  @Test
  void readsNoInvestorsFromLinesThatAreSentences() {
    assertThat(pairs(extract(OPENING, "Other rounds this week:", "Hooli raises $50 million for chips",
        "Globex closes a seed round"))).doesNotContain("Hooli -> Cyberdyne", "Globex -> Cyberdyne");
  }

  @Test
  void readsNoInvestorsUnderAFundsPortfolioHeading() {
    assertThat(pairs(extract(OPENING, "Tessier Capital led the round.", "Investors whose portfolio includes:",
        "Hooli", "Globex"))).containsExactly("Tessier Capital -> Cyberdyne");
  }
}
