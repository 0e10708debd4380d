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
}
