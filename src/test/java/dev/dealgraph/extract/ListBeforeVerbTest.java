package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list of investors before its verb, opened by unknown one-word names, joins the round named before. */
class ListBeforeVerbTest {

  private static final String OPENING = "Vandelay Labs raised $90 million in a Series C round.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Orbix, Velta, Keelo and Tarnis were among the participants.",
      "Orbix, Velta, Keelo and Tarnis also joined.",
      "Orbix, Velta, Keelo and Tarnis also took part in the round."})
  void readsAListOpenedByAnUnknownWordAsTheRoundsInvestors(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Orbix -> Vandelay Labs",
        "Velta -> Vandelay Labs", "Keelo -> Vandelay Labs", "Tarnis -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Other participants were Zorvex, XQ and Quorra.",
      "Participants in the round were Zorvex, XQ and Quorra.",
      "Also participating were Zorvex, XQ and Quorra."})
  void readsACopularListAfterTheOpeningNounOfInvestors(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Zorvex -> Vandelay Labs",
        "XQ -> Vandelay Labs", "Quorra -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The investors were Hooli's biggest worry.",
      "Early investors were wary of Hooli and Globex."})
  void readsNoListWhereTheCopulaDescribesTheInvestors(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tessier Capital led the round, with Zorvex and Quorra alongside.",
      "The round was led by Tessier Capital, with Zorvex and Quorra alongside.",
      "Tessier Capital led, with Zorvex and Quorra alongside."})
  void readsAListAfterWithThatAlongsideCloses(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Tessier Capital -> Vandelay Labs",
        "Zorvex -> Vandelay Labs", "Quorra -> Vandelay Labs");
  }

  @Test
  void readsTwoMembersOpenedByAnUnknownWord() {
    assertThat(pairs(extract(OPENING, "Zorvex and Halvard Partners also took part.")))
        .containsExactlyInAnyOrder("Zorvex -> Vandelay Labs", "Halvard Partners -> Vandelay Labs");
  }

  @Test
  void readsReturningBackersNamedBeforeTheirVerb() {
    assertThat(pairs(extract(OPENING, "Existing backers Velta Capital and Orrin Ventures returned.")))
        .containsExactlyInAnyOrder("Velta Capital -> Vandelay Labs", "Orrin Ventures -> Vandelay Labs");
  }

  @Test
  void readsTheLeadsAndParticipantsOfABulletLineWithoutItsCompany() {
    assertThat(pairs(extract("Vandelay Labs has raised money several times.",
        "- Series D — $480m, co-led by Orrin Ventures and Zorvex. Hooli, Pelham Capital and Quorra were among the"
            + " participants.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Vandelay Labs", "Zorvex -> Vandelay Labs",
            "Hooli -> Vandelay Labs", "Pelham Capital -> Vandelay Labs", "Quorra -> Vandelay Labs");
  }

  @Test
  void givesTheRoundsBelowAHeadingToTheCompanyTheHeadingNames() {
    Extraction e = extract("Cloud providers raise again",
        "Vandelay Labs raised $90 million in a Series C round led by Tessier Capital.",
        "Hooli has signed a supply contract with Globex. The contract runs for five years. It covers two sites.",
        "## How Cyberdyne got here",
        "- **Series B, March 2024** -- $120 million, co-led by Orrin Ventures and Quorra. Zorvex and Halvard"
            + " Partners also took part.");
    assertThat(pairs(e)).contains("Orrin Ventures -> Cyberdyne", "Quorra -> Cyberdyne", "Zorvex -> Cyberdyne",
        "Halvard Partners -> Cyberdyne");
  }

  @Test
  void givesAListOfParticipantsToTheRoundInContextRatherThanToAMembersEarlierDeal() {
    assertThat(pairs(extract("Rounds of the week",
        "Quanta AI raised $50 million in a round led by Tessier Capital, and Hooli also took part.",
        "Separately, Lantern AI completed a Series A financing of $80 million.",
        "Globex, Hooli and Initech participated.")))
        .contains("Hooli -> Quanta AI", "Globex -> Lantern AI", "Hooli -> Lantern AI", "Initech -> Lantern AI");
  }

  @Test
  void givesTheLeadOfARoundRenamedInAppositionToTheRoundsOwner() {
    assertThat(pairs(extract("Hooli deepens its ties with Lantern AI",
        "Hooli also took part in Lantern AI's $500 million Series B a year ago, a round led by Orrin Ventures that"
            + " valued the company at $3 billion.")))
        .containsExactlyInAnyOrder("Hooli -> Lantern AI", "Orrin Ventures -> Lantern AI");
  }

  @Test
  void readsTheLeadOfARoundNamedWithADemonstrative() {
    assertThat(pairs(extract("Hooli deepens its ties with Lantern AI",
        "Hooli took part in Lantern AI's $1 billion Series C in May 2024. That round was led by Orrin Ventures,"
            + " with Globex, an existing investor, also participating.")))
        .containsExactlyInAnyOrder("Hooli -> Lantern AI", "Orrin Ventures -> Lantern AI", "Globex -> Lantern AI");
  }

  @Test
  void makesTheSubjectOfAVerbOfClosingTheRoundsCompany() {
    assertThat(pairs(extract("Quorra, the Lisbon start-up, has finalised a fundraising of 60 million euros.",
        "The round was conducted by Tessier Capital. Orrin Ventures and Zorvex also took part.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Quorra", "Orrin Ventures -> Quorra", "Zorvex -> Quorra");
  }
}
