package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A line of an investor list that is only a capitalised name is an investor, known to the gazetteer or not. */
class BareListNameTest {

  @Test
  void readsEveryLineOfTheListAsAnInvestor() {
    assertThat(pairs(extract("Zorbit Labs has closed a $250 million Series E.",
        "The round was led by Accel. Zorbit said the following investors also took part:",
        "- Tarnwell", "- Harbor Lane", "- Quorum Capital", "- 8VC", "- Geodesic")))
        .contains("Tarnwell -> Zorbit Labs", "Harbor Lane -> Zorbit Labs", "Quorum Capital -> Zorbit Labs",
            "8VC -> Zorbit Labs", "Geodesic -> Zorbit Labs");
  }

  @Test
  void readsNoInvestorFromALineOfAnotherList() {
    assertThat(pairs(extract("Zorbit Labs has closed a $250 million Series E.",
        "The company named three priorities:", "- Hiring", "- Europe", "- Tarnwell")))
        .noneMatch(p -> p.startsWith("Tarnwell") || p.startsWith("Europe") || p.startsWith("Hiring"));
  }

  @Test
  void readsNoInvestorFromAMonthOrADemonymLine() {
    assertThat(pairs(extract("Zorbit Labs has closed a $250 million Series E.",
        "Investors in the round:", "- Accel", "- September", "- Portuguese")))
        .contains("Accel -> Zorbit Labs")
        .noneMatch(p -> p.startsWith("September") || p.startsWith("Portuguese"));
  }
}
