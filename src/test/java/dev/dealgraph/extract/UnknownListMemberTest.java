package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** In a list of a round's investors, every capitalised member is an organization, known to the gazetteer or not. */
class UnknownListMemberTest {

  private static final String OPENING = "Vandelay Labs raised $90 million in a Series C round.";

  @Test
  void readsOneWordNamesAcronymsAndNamesOpenedByAMonthAsMembers() {
    assertThat(pairs(extract("Vandelay Labs raised $90 million in a Series C round led by Tessier Capital, with"
        + " participation from Orrin Ventures, March Capital, Spark Labs, Greenhouse Fund, XQ, SGW and Zorvex.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Vandelay Labs", "Orrin Ventures -> Vandelay Labs",
            "March Capital -> Vandelay Labs", "Spark Labs -> Vandelay Labs", "Greenhouse Fund -> Vandelay Labs",
            "XQ -> Vandelay Labs", "SGW -> Vandelay Labs", "Zorvex -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Backers include Zorvex, XQ, April Partners and Orrin Ventures.",
      "The round included participation from existing investors Zorvex, XQ, April Partners and Orrin Ventures.",
      "Zorvex, XQ, April Partners and Orrin Ventures also participated.",
      "Zorvex, XQ, April Partners and Orrin Ventures were among the participants."})
  void readsUnknownMembersInEveryListFrame(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Zorvex -> Vandelay Labs",
        "XQ -> Vandelay Labs", "April Partners -> Vandelay Labs", "Orrin Ventures -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The company counts several financial actors among its backers: Zorvex, XQ, Halcyon Media and Tessier Capital.",
      "Vandelay Labs also named its other backers: Zorvex, XQ, Halcyon Media and Tessier Capital.",
      "The company listed the new investors on Monday: Zorvex, XQ, Halcyon Media and Tessier Capital."})
  void readsAColonListAfterANounOfInvestors(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Zorvex -> Vandelay Labs",
        "XQ -> Vandelay Labs", "Halcyon Media -> Vandelay Labs", "Tessier Capital -> Vandelay Labs");
  }

  @Test
  void readsNoInvestorsInAColonClauseThatGoesOnAfterTheName() {
    assertThat(pairs(extract(OPENING, "Its backers have one message: Zorvex must grow faster."))).isEmpty();
  }

  @Test
  void keepsAPersonInTheListAPerson() {
    assertThat(extract(OPENING, "Investors in the round included Sarah Arlen, Zorvex and Orrin Ventures.")
        .investments())
        .filteredOn(i -> i.investor().name().equals("Sarah Arlen"))
        .singleElement().satisfies(i -> assertThat(i.investor().kind()).isEqualTo(EntityKind.PERSON));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Separately, Hooli and Globex signed a cloud contract.",
      "In March, Hooli and Globex announced a chip partnership.",
      "Its customers include Zorvex, XQ and Halcyon Media.",
      "Elsewhere, Zorvex and Quorra opened offices in Lisbon."})
  void findsNoInvestorInAListWithoutInvestorContext(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).isEmpty();
  }

  @Test
  void readsNoNameIntoACommonPhraseEndingInAFirmWord() {
    assertThat(pairs(extract(OPENING, "Venture Capital firms such as Orrin Ventures joined the round.")))
        .containsExactly("Orrin Ventures -> Vandelay Labs");
  }
}
