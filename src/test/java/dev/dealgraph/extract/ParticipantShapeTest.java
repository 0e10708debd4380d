package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lists of a round's participants read whole whatever introduces their members: titles after unknown employers,
 * asides in parentheses, a colon or a pair of dashes.
 */
class ParticipantShapeTest {

  private static final String OPENING = "Vandelay Labs closed a $120 million Series B round on Tuesday.";

  /** Returns the investors of Vandelay Labs that the opening and {@code sentence} name. */
  private static List<String> investors(String sentence) {
    return pairs(extract(OPENING, sentence)).stream().map(p -> p.replace(" -> Vandelay Labs", "")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Several individuals also invested, including Hooli chief executive Idris Okafor, Brimble co-founder Lucan"
          + " Pereira and former Zonko chief technology officer Mara Quist.",
      "Angels joined too, among them Brimble co-founder Lucan Pereira, Hooli chief executive Idris Okafor and former"
          + " Zonko head Mara Quist.",
      "The list of angels is long: Hooli chief executive Idris Okafor, Brimble co-founder Lucan Pereira, and former"
          + " Zonko head Mara Quist also participated.",
      "Backers included Tarvel Peak co-founder Lucan Pereira, Hooli boss Idris Okafor and Zonko founder Mara Quist."})
  void readsEveryPersonIntroducedByARoleAtAnUnknownEmployer(String sentence) {
    assertThat(investors(sentence)).containsExactlyInAnyOrder("Idris Okafor", "Lucan Pereira", "Mara Quist");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Backers included Hooli, Cyberdyne and the Brimble Prize-winning chemist Ada Park.",
      "Backers included Hooli, Cyberdyne and Brimble co-founder Tam Last."})
  void makesNoInvestorOfAnUnknownNameThatOnlyDescribesSomeone(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Hooli -> Vandelay Labs", "Cyberdyne -> Vandelay Labs")
        .noneMatch(p -> p.startsWith("Brimble"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Existing investors Hooli, Cyberdyne, the Teachers Pension Board (TPB) and Tessier Capital also"
          + " took part.",
      "Hooli, Cyberdyne, the Teachers Pension Board (TPB) and Tessier Capital participated as well.",
      "Returning backers Hooli, Cyberdyne, the Teachers Pension Board (TPB) and Tessier Capital also"
          + " invested."})
  void readsAListBeforeItsVerbPastSuffixesAndAsides(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Hooli -> Vandelay Labs", "Cyberdyne -> Vandelay Labs",
        "Tessier Capital -> Vandelay Labs").hasSize(4);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "From Japan, the three banks — Kasumi Bank, Hooli and Cyberdyne — took part.",
      "The two lenders — Kasumi Bank and Cyberdyne — also took part, together with several local firms.",
      "Three old rivals — Kasumi Bank, Hooli and Cyberdyne — participated in the round."})
  void readsTheMembersBetweenDashesAsTheSubject(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Kasumi Bank -> Vandelay Labs",
        "Cyberdyne -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli stayed out; Cyberdyne and Initech took part.",
      "Hooli said Cyberdyne and Initech took part."})
  void keepsANameOutsideTheSubjectsListOutOfTheRound(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Cyberdyne -> Vandelay Labs", "Initech -> Vandelay Labs")
        .doesNotContain("Hooli -> Vandelay Labs");
  }
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A long line of pension money came in behind them, among them the Teachers Pension Board, Hooli and Cyberdyne.",
      "Several funds took part, among them the Teachers Pension Board, Hooli and Cyberdyne.",
      "Other institutions joined as well, among them former Globex chief Idris Okafor, Hooli and Cyberdyne."})
  void readsTheMembersAfterAmongThemOpenedByAnArticleOrATitle(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Hooli -> Vandelay Labs", "Cyberdyne -> Vandelay Labs")
        .hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Finally, three industrial groups have taken a stake: Hooli, Cyberdyne and Zorblax, the warehouse-robot maker.",
      "Three groups have taken a stake: Hooli, Cyberdyne and Zorblax, a maker of warehouse robots."})
  void keepsTheLastMemberOfAColonListDescribedByAnApposition(String sentence) {
    assertThat(investors(sentence)).containsExactlyInAnyOrder("Hooli", "Cyberdyne", "Zorblax");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli is also participating, as are Brimvale, Quorra and Tessier Capital.",
      "Hooli, the venture arm of Globex, is also participating, as are Brimvale, Quorra and Tessier Capital."})
  void readsUnknownNamesAfterAComparativeEllipsis(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Hooli -> Vandelay Labs", "Brimvale -> Vandelay Labs",
        "Quorra -> Vandelay Labs", "Tessier Capital -> Vandelay Labs");
  }
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Participants in the round are Hooli, Globex founder Idris Okafor investing through Okafor Holdings, Cyberdyne"
          + " and Tessier Capital.",
      "Backers include Hooli, former Globex chief Idris Okafor invested via his family office, Cyberdyne and Tessier"
          + " Capital."})
  void readsTheListOnPastAPersonsVehicle(String sentence) {
    assertThat(investors(sentence)).containsExactlyInAnyOrder("Hooli", "Idris Okafor", "Cyberdyne", "Tessier Capital");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tessier Capital, the corporate venture arm of Globex, Cyberdyne and Hooli also took part.",
      "Tessier Capital, the investment unit of Globex, Cyberdyne and Hooli participated as well."})
  void keepsTheOwnerInAnAppositionOutOfAListBeforeItsVerb(String sentence) {
    assertThat(investors(sentence)).containsExactlyInAnyOrder("Tessier Capital", "Cyberdyne", "Hooli");
  }
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli put in $80 million, and the rest is shared by other investors. Reports have named Cyberdyne and Tessier"
          + " Capital among them, though their shares were not disclosed.",
      "Hooli put in $80 million, and the rest comes from other backers. Cyberdyne and Tessier Capital are among them."})
  void readsNamesAmongTheInvestorsTheSentenceBeforeEndedOn(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Cyberdyne -> Vandelay Labs",
        "Tessier Capital -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The company sells to hundreds of customers. Reports have named Cyberdyne and Tessier Capital among them.",
      "Its investors are pleased. Reports have named Cyberdyne and Tessier Capital among the critics of the plan."})
  void readsNoInvestorsAmongCustomersOrCritics(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).doesNotContain("Cyberdyne -> Vandelay Labs",
        "Tessier Capital -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The Hooli- and Cyberdyne-backed Vandelay Labs opened an office in Lisbon.",
      "Rivals include the Hooli- and Cyberdyne-backed Vandelay Labs.",
      "Hooli-, Tessier Capital- and Cyberdyne-backed Vandelay Labs opened an office in Lisbon."})
  void readsEveryBackerOfACompoundWithHangingHyphens(String sentence) {
    assertThat(pairs(extract("Vandelay Labs opens in Lisbon", sentence))).contains("Hooli -> Vandelay Labs",
        "Cyberdyne -> Vandelay Labs");
  }
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Existing shareholders also took part, among them the software group Hooli, the chip company Cyberdyne and the"
          + " consultancy Brindle&Co.",
      "Backers include the software group Hooli, the chip company Cyberdyne and the consultancy Brindle&Co."})
  void readsAnUnknownNameBehindItsDescriptionAtTheEndOfAList(String sentence) {
    assertThat(investors(sentence)).containsExactlyInAnyOrder("Hooli", "Cyberdyne", "Brindle&Co");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Backers include Hooli, Brimvale International and Tessier Capital.",
      "Hooli, Brimvale International and Tessier Capital also took part."})
  void readsANameEndingInInternationalWhole(String sentence) {
    assertThat(investors(sentence)).containsExactlyInAnyOrder("Hooli", "Brimvale International", "Tessier Capital");
  }
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The round drew existing investors, among them Hooli and Cyberdyne, in addition to Tessier Capital, the venture"
          + " arm of Globex.",
      "Backers include Hooli and Cyberdyne, in addition to Tessier Capital."})
  void readsAMemberAddedByInAdditionTo(String sentence) {
    assertThat(investors(sentence)).containsExactlyInAnyOrder("Hooli", "Cyberdyne", "Tessier Capital");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The round was co-led by Hooli, former Globex chief executive Idris Okafor with investor Lucan Pereira, and"
          + " Cyberdyne.",
      "Backers include Hooli, Globex co-founder Idris Okafor with angel investor Lucan Pereira, and Cyberdyne."})
  void readsBothPeopleJoinedByWithInOneMembersPlace(String sentence) {
    assertThat(investors(sentence)).containsExactlyInAnyOrder("Hooli", "Idris Okafor", "Lucan Pereira", "Cyberdyne");
  }
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The round is led by a group of new investors. To it belong Hooli, Cyberdyne and Tessier Capital.",
      "To the other investors belong Hooli, Cyberdyne and Tessier Capital."})
  void readsTheListAfterAnInvertedBelong(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).contains("Hooli -> Vandelay Labs", "Cyberdyne -> Vandelay Labs",
        "Tessier Capital -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "To date, Hooli, Cyberdyne and Tessier Capital are its customers.",
      "To the customers belong Hooli, Cyberdyne and Tessier Capital."})
  void readsNoInvestorsAfterToThatOpensNoPresentation(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).isEmpty();
  }
}
