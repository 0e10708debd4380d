package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lists of round investors in frames around them — between dashes after a plural investor noun, after ", among
 * them", with an apposition inside — name every member as an investor of the round's company.
 */
class ListFrameTest {

  private static final String OPENING = "Vandelay Labs is raising $300 million in a round led by Tessier Capital.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Its current shareholders — Hooli, Cyberdyne and Kasumi Group — are providing the rest.",
      "The remaining backers — Hooli, Cyberdyne and Kasumi Group — put up $90 million between them.",
      "Several existing investors — Hooli, Cyberdyne and Kasumi Group — are covering the balance."})
  void readsTheMembersBetweenDashesAfterAPluralInvestorNoun(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Tessier Capital -> Vandelay Labs",
        "Hooli -> Vandelay Labs", "Cyberdyne -> Vandelay Labs", "Kasumi Group -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A crowd of pension funds piled in after them, among them Hooli, Cyberdyne and Kasumi Group.",
      "Many smaller funds also took part, among whom were Hooli, Cyberdyne and Kasumi Group.",
      "A dozen banks came in too, including Hooli, Cyberdyne and Kasumi Group."})
  void readsAmongThemAfterASentenceAboutMoneyComingIn(String sentence) {
    assertNamesAllThreeMembers(sentence);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli, parent of the Zappo grocery chain, Cyberdyne and Kasumi Group joined as well.",
      "Hooli, owner of the Nimbo phone brand, Cyberdyne and Kasumi Group also took part.",
      "The round also drew Hooli, maker of the Nimbo phone, Cyberdyne and Kasumi Group."})
  void skipsAnOwnerOfAppositionInsideAList(String sentence) {
    assertNamesAllThreeMembers(sentence);
  }

  private static void assertNamesAllThreeMembers(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Hooli -> Vandelay Labs", "Cyberdyne -> Vandelay Labs",
        "Kasumi Group -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Vandelay Labs competes with several labs, among them Initech and Cyberdyne.",
      "Its rivals — Initech and Cyberdyne — sell cheaper models."})
  void addsNoInvestorFromAListOfRivals(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactly("Tessier Capital -> Vandelay Labs");
  }
}
