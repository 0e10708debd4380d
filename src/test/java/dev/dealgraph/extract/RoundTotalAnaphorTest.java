package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence about "the financing" that names an earlier round's total gives that total to no investor. */
class RoundTotalAnaphorTest {

  @Test
  void givesAnEarlierRoundsTotalToNoLeader() {
    Extraction e = extract("Initech raised money this week.",
        "The financing follows a $500 million round in 2024 led by Hooli.");

    assertThat(DealSums.of(e)).contains("Hooli -> Initech -").noneMatch(s -> s.endsWith("500000000"));
  }

  @Test
  void keepsTheFigureOfTheDealItself() {
    Extraction e = extract("Hooli agreed to invest in Initech.",
        "The investment, which could total between $4 billion and $6 billion, is due to close this year.");

    assertThat(e.investments()).anySatisfy(i -> assertThat(i.amount()).isPresent());
  }
}
