package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A presentational sentence, a preposition of company referring back to the lead and an inverted verb before the
 * list, adds the list to the round.
 */
class PresentationalListTest {

  private static final String OPENING = "Vandelay Labs raised $90 million in a Series C round.";
  private static final String LEAD = "The round was led by Tessier Capital.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Beside it are found historical investors Orrin Ventures and Zorvex.",
      "Alongside it sit Orrin Ventures and Zorvex.",
      "Joining them were Orrin Ventures and Zorvex.",
      "Next to it came Orrin Ventures and Zorvex.",
      "With it were Orrin Ventures and Zorvex.",
      "Alongside the fund stood Orrin Ventures and Zorvex.",
      "Beside Tessier Capital figure Orrin Ventures and Zorvex.",
      "And alongside the lead investor are Orrin Ventures and Zorvex."})
  void addsTheListAfterAPresentationalVerbToTheRound(String sentence) {
    assertThat(pairs(extract(OPENING, LEAD, sentence))).containsExactlyInAnyOrder(
        "Tessier Capital -> Vandelay Labs", "Orrin Ventures -> Vandelay Labs", "Zorvex -> Vandelay Labs");
  }

  @Test
  void continuesThePresentedListIntoAGroupAfterAColon() {
    assertThat(pairs(extract(OPENING, LEAD, "Beside it are found historical investors Orrin Ventures and Hooli,"
        + " as well as industrial actors: Zorvex, XQ and Globex.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Vandelay Labs", "Orrin Ventures -> Vandelay Labs",
            "Hooli -> Vandelay Labs", "Zorvex -> Vandelay Labs", "XQ -> Vandelay Labs", "Globex -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Beside it sits a museum.",
      "With it, Hooli became the largest shareholder.",
      "Next to Hooli are Globex and Initech, the other cloud providers in the region.",
      "Behind it were years of work."})
  void addsNoInvestorWhenTheFrameListsNoInvestors(String sentence) {
    assertThat(pairs(extract(OPENING, LEAD, sentence))).containsExactly("Tessier Capital -> Vandelay Labs");
  }
}
