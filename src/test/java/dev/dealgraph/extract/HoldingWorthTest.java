package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a stake is worth now is its value, not the sum its owner put in. */
class HoldingWorthTest {

  @Test
  void leavesTheWorthOfAStakeGivenInARestructuringOutOfTheDeal() {
    Extraction e = extract("The restructuring gives Cyberdyne a stake in Initech worth roughly $90 billion.");

    assertThat(e.investments()).allSatisfy(i -> assertThat(i.amount()).isEmpty());
  }

  @Test
  void leavesTheWorthOfAHoldingSetOffByACommaOut() {
    Extraction e = extract("Hooli has invested in Initech and its holding, worth about $3 billion, is its largest.");

    assertThat(e.investments()).allSatisfy(i -> assertThat(i.amount()).isEmpty());
  }

  @Test
  void keepsTheSumPutInBesideWhatTheStakeIsNowWorth() {
    Extraction e = extract("Hooli invested $2 billion in Initech in 2021, and its stake is now worth $5 billion.");

    assertThat(e.investments()).anySatisfy(i -> assertThat(i.amount()).hasValueSatisfying(
        a -> assertThat(a.figure()).isEqualByComparingTo(BigDecimal.valueOf(2_000_000_000L))))
        .noneSatisfy(i -> assertThat(i.amount()).hasValueSatisfying(
            a -> assertThat(a.figure()).isEqualByComparingTo(BigDecimal.valueOf(5_000_000_000L))));
  }
}
