package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** State banks and funds invest under their full names, with the country or "National" that opens them. */
class StateInvestorTest {

  private static final String OPENING = "Cyberdyne has closed a $140 million Series D.";

  @Test
  void keepsTheCountryAndNationalThatOpenAFundsName() {
    assertThat(pairs(extract(OPENING, "The startup said the US Frontier Technology Fund and the National Compute"
        + " Fund had invested.")))
        .containsExactlyInAnyOrder("US Frontier Technology Fund -> Cyberdyne", "National Compute Fund -> Cyberdyne");
  }

  @Test
  void stillDropsAnOpenerBeforeAShortName() {
    assertThat(pairs(extract(OPENING, "National lender Orrin Bank took part in the round.")))
        .containsExactly("Orrin Bank -> Cyberdyne");
  }

  @Test
  void readsAMemberOwnedByAPlaceAsTheMember() {
    assertThat(pairs(extract(OPENING, "The financing drew participation from Aldmark's Sovereign Compute Fund and"
        + " Tessier Capital.")))
        .containsExactlyInAnyOrder("Sovereign Compute Fund -> Cyberdyne", "Tessier Capital -> Cyberdyne");
  }

  @Test
  void readsDrawingBackingAsACompletedDeal() {
    Extraction e = extract("Cyberdyne drew backing from Tessier Capital and the state-run Aldmark Development Bank.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne",
        "Aldmark Development Bank -> Cyberdyne");
    assertThat(e.investments()).allMatch(i -> i.status() == Status.COMPLETED);
  }

  @Test
  void readsTheLeadOfAnInvestmentNounAsItsInvestor() {
    assertThat(pairs(extract("The investment in Cyberdyne was led by Aldmark Development Bank, and Tessier Capital"
        + " and Orrin Ventures also participated.")))
        .containsExactlyInAnyOrder("Aldmark Development Bank -> Cyberdyne", "Tessier Capital -> Cyberdyne",
            "Orrin Ventures -> Cyberdyne");
  }

  @Test
  void readsBackingInThePresentAsAStakeHeld() {
    Extraction e = extract("Cyberdyne is funded by Tessier Capital, which also backs Initech.");
    assertThat(e.investments()).allMatch(i -> i.status() == Status.COMPLETED);
    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Tessier Capital -> Initech");
  }
}
