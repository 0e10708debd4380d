package dev.dealgraph.extract;

import static dev.dealgraph.extract.AmountAttachmentTest.deals;
import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sum named with its source beside a round's total is the source's own; the total stays the round's. */
class SumPerSourceTest {

  @Test
  void givesTheIncludedSumToItsSource() {
    assertThat(deals(extract("Quanta AI raised €600 million, including €150 million from Kasumi Group.")))
        .containsExactly("Kasumi Group -> Quanta AI EXACT 150000000 EUR");
  }

  @Test
  void givesTheSumComingFromASourceToIt() {
    assertThat(deals(extract("Quanta AI closed a €600 million round, with €150 million coming from Northwind.")))
        .containsExactly("Northwind Fund -> Quanta AI EXACT 150000000 EUR");
  }

  @Test
  void givesEachSourceItsOwnSum() {
    assertThat(deals(extract("Initech received $40 million from Tessier Capital and $25 million from Hooli.")))
        .containsExactly("Tessier Capital -> Initech EXACT 40000000 USD", "Hooli -> Initech EXACT 25000000 USD");
  }

  @Test
  void neverGivesTheRoundTotalToTheSourceOfAPart() {
    assertThat(deals(extract("Initech closed a $90 million round that included a $20 million investment from "
        + "Globex."))).doesNotContain("Globex -> Initech EXACT 90000000 USD");
  }

  @Test
  void keepsASumSharedByASourceAndOthersOffTheSource() {
    assertThat(deals(extract("Initech raised $90 million, including $60 million from Globex and several banks.")))
        .noneMatch(deal -> deal.contains("EXACT"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech raised $90 million from investors including Tessier Capital.",
      "Tessier Capital joined Northwind in a $90 million investment in Initech.",
      "Tessier Capital is part of a group investing $90 million in Initech.",
      "Tessier Capital led a consortium that invested $90 million in Initech."})
  void givesNoMemberTheSumOfAGroup(String sentence) {
    assertThat(deals(extract(sentence))).noneMatch(deal -> deal.contains("90000000"));
  }
}
