package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** People named in a round's list by a title or as angels invest in the round's company, whatever their given name. */
class PersonInvestorTest {

  private static final String OPENING = "Vandelay Labs closed a $120 million Series B round on Tuesday.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Investors in the round include Hooli, angel investors Idris Okafor and Lucan Pereira, and Cyberdyne.",
      "The round also drew angel investors Idris Okafor and Lucan Pereira, as well as Hooli and Cyberdyne.",
      "Angel investors Idris Okafor and Lucan Pereira also took part, along with Hooli and Cyberdyne.",
      "Investors in the round include Hooli, former Globex chief executive Idris Okafor, Cyberdyne and angel investor"
          + " Lucan Pereira.",
      "Investors in the round include Idris Okafor, the former Globex chief executive, Hooli, Cyberdyne and Lucan"
          + " Pereira, who founded Initech."})
  void readsAngelInvestorsAsPeopleInTheRound(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Hooli -> Vandelay Labs",
        "Cyberdyne -> Vandelay Labs", "Idris Okafor -> Vandelay Labs", "Lucan Pereira -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli led the round, with former Globex CEO Idris Okafor investing through his family office Okafor Holdings.",
      "Hooli led the round, with former Globex chief executive Idris Okafor investing."})
  void readsATitledPersonAfterWithAsAnInvestor(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Hooli -> Vandelay Labs",
        "Idris Okafor -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli led the round, said chief executive Idris Okafor.",
      "Hooli led the round, with chief executive Idris Okafor staying on as chair."})
  void makesNoInvestorOfAnExecutiveWhoOnlySpeaksOrStays(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactly("Hooli -> Vandelay Labs");
  }

  @Test
  void readsALongListOfFundsAndPeopleAfterParticipantsInTheRoundAre() {
    assertThat(pairs(extract(OPENING, "Participants in the round are Hooli, Cyberdyne, Kasumi Group, Orrin Ventures,"
        + " Idris Okafor, Halvard Partners, Brava Capital, Lucan Pereira, Tessier Capital and Zorba Partners.")))
        .hasSize(10).contains("Idris Okafor -> Vandelay Labs", "Lucan Pereira -> Vandelay Labs",
            "Zorba Partners -> Vandelay Labs");
  }
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The round was led by Hooli, with participation from Cyberdyne and the Globex founder, who invested through his"
          + " family office.",
      "Vandelay Labs raised the money from Hooli, Cyberdyne and the Globex founder as it expands.",
      "Backers include Hooli, Cyberdyne and the Globex chief executive."})
  void makesNoInvestorOfTheCompanyWhoseUnnamedFounderInvests(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Hooli -> Vandelay Labs", "Cyberdyne -> Vandelay Labs")
        .doesNotContain("Globex -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Backers include Hooli, Tessier Capital partner Idris Okafor and Cyberdyne.",
      "Backers include Hooli, Tessier Capital general partner Idris Okafor, and Cyberdyne."})
  void keepsTheFirmOfAPartnerAndReadsTheListOn(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Hooli -> Vandelay Labs",
        "Tessier Capital -> Vandelay Labs", "Cyberdyne -> Vandelay Labs");
  }
}
