package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Organizations that a sentence names around a deal without making them its investee. */
class InvesteePrecisionTest {

  @Test
  void readsAVentureFirmBeforeADealNounAsTheInvestorNotTheInvestee() {
    Extraction e = extract("Hooli leads a round in Quanta AI, and a Northwind bet on real-time video",
        "Quanta AI raised $50 million in a Series A led by Hooli.");

    assertThat(pairs(e)).contains("Hooli -> Quanta AI").doesNotContain("Hooli -> Northwind Fund",
        "Quanta AI -> Northwind Fund");
  }

  @Test
  void makesNoPairOfAParentAndTheVentureArmItIntroduces() {
    Extraction e = extract("Quanta AI closed a $40 million Series B led by Tessier Capital.",
        "Initech and Globex's venture fund Globex Ventures also participated in the round.",
        "Globex has also put money into Globex Ventures in the past.");

    assertThat(pairs(e)).contains("Tessier Capital -> Quanta AI", "Globex Ventures -> Quanta AI")
        .doesNotContain("Globex -> Globex Ventures", "Initech -> Globex Ventures", "Globex Ventures -> Globex");
  }

  @Test
  void readsABrokerageNamedAfterItsGroupAsItsOwnOrganization() {
    Extraction e = extract("Quanta AI closed a $40 million Series B on Monday.",
        "The round was co-led by Kasumi Securities and Tessier Capital.");

    assertThat(pairs(e)).contains("Kasumi Securities -> Quanta AI", "Tessier Capital -> Quanta AI")
        .doesNotContain("Kasumi Group -> Quanta AI", "Securities -> Quanta AI");
  }

  @Test
  void readsTheCompanyAfterTheSizeOfAStake() {
    Extraction e = extract("Hooli invested $100 million in Initech last year, and Globex bought a stake of just under"
        + " 15% in the robot maker Cyberdyne in 2023 for about 86.8 billion won.");

    assertThat(Fixtures.staged(e)).contains("Globex -> Cyberdyne COMPLETED");
    assertThat(e.investments()).filteredOn(i -> i.investee().name().equals("Cyberdyne"))
        .extracting(i -> i.amount().orElseThrow())
        .allMatch(a -> a.kind() == Amount.Kind.APPROX && a.currency().equals("KRW")
            && a.figure().compareTo(java.math.BigDecimal.valueOf(86_800_000_000L)) == 0);
  }

  @Test
  void readsNoInvesteeFromAThingTheCompanyOwns() {
    Extraction e = extract("Quanta AI raised $100 million in a Series A led by Tessier Capital.",
        "Hooli will keep selling or borrowing against other holdings to fund its AI plans.",
        "Initech said it would finance its expansion from cash.");

    assertThat(pairs(e)).containsExactly("Tessier Capital -> Quanta AI");
  }
}
