package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list member is its whole name, not the known name inside it, and a list never stops at such a member. */
class ListMemberSpanTest {

  private static final String OPENING = "Vandelay Labs raised $90 million in a Series C round.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The round drew Orrin Ventures, Hooli Alternatives, Kestrel Associates and Pelham Ventures.",
      "Backers include Orrin Ventures, Hooli Alternatives, Kestrel Associates and Pelham Ventures.",
      "Orrin Ventures, Hooli Alternatives, Kestrel Associates and Pelham Ventures also took part."})
  void readsAKnownNameWithAFirmWordAfterItAsAnotherMember(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Orrin Ventures -> Vandelay Labs",
        "Hooli Alternatives -> Vandelay Labs", "Kestrel Associates -> Vandelay Labs",
        "Pelham Ventures -> Vandelay Labs");
  }

  @Test
  void readsAKnownFundWithAnotherFirmWordAsItsOwnOrganization() {
    assertThat(pairs(extract(OPENING, "The round drew Tessier Capital Partners, Globex Associates and Quorra.")))
        .containsExactlyInAnyOrder("Tessier Capital Partners -> Vandelay Labs", "Globex Associates -> Vandelay Labs",
            "Quorra -> Vandelay Labs");
  }

  @Test
  void keepsTheKnownNameWhenUnknownWordsFollowItAndGoesOnWithTheList() {
    assertThat(pairs(extract(OPENING, "The round drew Orrin Ventures, Globex Nimbo, Halvard Partners and Quorra.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Vandelay Labs", "Globex -> Vandelay Labs",
            "Halvard Partners -> Vandelay Labs", "Quorra -> Vandelay Labs");
  }

  @Test
  void readsTheFirmBehindAffiliatedFundsInsideALongList() {
    assertThat(pairs(extract(OPENING, "Backers include Orrin Ventures, affiliated funds of Northwind, Halvard"
        + " Partners and Zorvex."))).containsExactlyInAnyOrder("Orrin Ventures -> Vandelay Labs",
        "Northwind Fund -> Vandelay Labs", "Halvard Partners -> Vandelay Labs", "Zorvex -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Participants include Orrin Ventures, Hooli's venture arm Hooli Ventures, Halvard Partners and Quorra.",
      "Participants include Orrin Ventures, Hooli's venture arm, Hooli Ventures, Halvard Partners and Quorra."})
  void readsAnOwnersUnitNamedAfterItsDescriptionAsTheMember(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Orrin Ventures -> Vandelay Labs",
        "Hooli Ventures -> Vandelay Labs", "Halvard Partners -> Vandelay Labs", "Quorra -> Vandelay Labs");
  }

  @Test
  void stepsOverAnOwnersUnitDescribedBetweenTwoMembers() {
    assertThat(pairs(extract(OPENING, "Corvid Ventures led, with participation from Nuvex, Hooli's venture"
        + " capital arm, Halcyon Media and Orrin Ventures."))).containsExactlyInAnyOrder(
        "Corvid Ventures -> Vandelay Labs", "Nuvex -> Vandelay Labs", "Halcyon Media -> Vandelay Labs",
        "Orrin Ventures -> Vandelay Labs");
  }

  @Test
  void readsTheMemberAfterThePlaceThatOwnsItAtTheEndOfAList() {
    assertThat(pairs(extract(OPENING, "Backers include Orrin Ventures, Zorvex and Abu Dhabi's Halvard Partners.")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Vandelay Labs", "Zorvex -> Vandelay Labs",
            "Halvard Partners -> Vandelay Labs");
  }

  @Test
  void readsAnInitialJoinedByItsPeriodAsPartOfTheName() {
    assertThat(pairs(extract(OPENING, "Backers include Orrin Ventures, J. Harlan Price Associates and Quorra.")))
        .contains("J. Harlan Price Associates -> Vandelay Labs", "Quorra -> Vandelay Labs");
  }

  @Test
  void readsEveryMemberOfAListOfTwentyInvestors() {
    String[] names = {"Abra", "Belco", "Cindra", "Dovex", "Elmra", "Fenwa", "Gorsk", "Halvo", "Istra", "Jorvo",
        "Kelpa", "Lumra", "Morva", "Nesko", "Ospra", "Pelvo", "Quill", "Rosta", "Selva", "Tarno"};
    String list = String.join(" Capital, ", java.util.Arrays.copyOf(names, names.length - 1)) + " Capital and "
        + names[names.length - 1] + " Capital";
    assertThat(pairs(extract(OPENING, "Participation came from " + list + "."))).hasSize(names.length);
  }

  @Test
  void leavesAProductAfterItsMakerInARivalListToTheMaker() {
    assertThat(Fixtures.rivals(extract("Vandelay Labs competes with Globex Nimbo and Initech.")))
        .containsExactlyInAnyOrder("Globex ~ Vandelay Labs", "Initech ~ Vandelay Labs");
  }
}
