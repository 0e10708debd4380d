package dev.dealgraph.extract;

import static dev.dealgraph.extract.AmountAttachmentTest.deals;
import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A first payment told after the whole commitment is a tranche of it, not a second deal. */
class TrancheAfterSumTest {

  @Test
  void foldsTheSumPaidNowIntoTheCommitment() {
    assertThat(deals(extract("Kasumi Group said it would invest up to ¥300 billion in Quanta AI, the Tallinn lab.",
        "The conglomerate will put in ¥100 billion now and the remainder in 2027.")))
        .containsExactly("Kasumi Group -> Quanta AI UP_TO 300000000000 JPY");
  }
}
