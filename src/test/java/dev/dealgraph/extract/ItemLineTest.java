package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A round's investors set out as lines of a list or cells of a table, each line or cell one member. */
class ItemLineTest {

  private static final String OPENING = "Cyberdyne has closed a $40 million Series A.";

  @Test
  void readsALineWithALongNoteAsOneItem() {
    assertThat(pairs(extract(OPENING, "The Series A drew a group of firms that have backed the company for years:",
        "Tessier Capital, the fund a former Hooli chief executive set up in Lisbon", "Orrin Ventures",
        "Halvard Partners, which incubated the company", "None of the firms gave its share.")))
        .contains("Tessier Capital -> Cyberdyne", "Orrin Ventures -> Cyberdyne", "Halvard Partners -> Cyberdyne");
  }

  @Test
  void readsInvestorsUnderAHeadingThatDescribesThemAsCustomersToo() {
    assertThat(pairs(extract(OPENING, "Joining it were other investors, most of them arms of groups that are also"
        + " Cyberdyne customers or partners:", "Tessier Capital", "Orrin Ventures")))
        .containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Orrin Ventures -> Cyberdyne");
  }

  @Test
  void readsNoInvestorsUnderAHeadingOfCustomersOrPartners() {
    assertThat(pairs(extract(OPENING, "The company named its new customers and partners:", "Tessier Capital",
        "Orrin Ventures"))).isEmpty();
  }

  @Test
  void readsAColumnOfOthersAsInvestors() {
    assertThat(pairs(extract("Cyberdyne's rounds", "| Round | Date | Lead | Others named |",
        "| --- | --- | --- | --- |", "| Series A | May 2024 | Tessier Capital | Idris Okafor, Orrin Ventures |")))
        .containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Idris Okafor -> Cyberdyne",
            "Orrin Ventures -> Cyberdyne");
  }
}
