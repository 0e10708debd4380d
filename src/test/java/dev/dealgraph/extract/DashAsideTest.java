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

  @Test
  void readsTheLoneNameBetweenDashesAsTheSubject() {
    Extraction e = extract("Initech is raising about $20 billion.",
        "According to the report, the chipmaker whose processors Initech buys -- Globex -- was in talks to put up to"
            + " $2 billion into the equity portion.");

    assertThat(DealSums.of(e)).contains("Globex -> Initech 2000000000");
    assertThat(Fixtures.staged(e)).contains("Globex -> Initech IN_TALKS");
  }

  @Test
  void givesASumPutIntoATrancheToTheRoundInContext() {
    Extraction e = extract("Initech is raising $6 billion.", "Hooli will put $1 billion into the second tranche.");

    assertThat(DealSums.of(e)).contains("Hooli -> Initech 1000000000");
  }

  @Test
  void takesNoDealFromASumPutIntoATechnology() {
    Extraction e = extract("Initech is raising $6 billion.", "Hooli invested $2 billion in the technology.");

    assertThat(pairs(e)).doesNotContain("Hooli -> Initech");
  }
}
