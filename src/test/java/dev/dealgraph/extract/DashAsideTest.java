package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A subject set off from its verb by an aside between dashes keeps its verb. */
class DashAsideTest {

  @Test
  void readsTheNameBeforeADashedAsideAsTheSubject() {
    Extraction e = extract("Hooli -- the company that has since renamed itself Hooli Group -- invested $300 million"
        + " for a 5 per cent stake in Initech.");

    assertThat(DealSums.of(e)).contains("Hooli -> Initech 300000000");
  }

  @Test
  void readsAnAsideBetweenLongDashes() {
    Extraction e = extract("Globex \u2014 the Springfield firm \u2014 has invested $40 million in Quanta AI.");

    assertThat(pairs(e)).containsExactly("Globex -> Quanta AI");
  }

  @Test
  void leavesADashedClauseWithoutADescriptionAlone() {
    Extraction e = extract("Investors were cautious -- Globex invested $40 million in Quanta AI.");

    assertThat(pairs(e)).containsExactly("Globex -> Quanta AI");
  }
}
