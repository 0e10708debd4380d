package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A company's round stays the topic for as long as the sentences after it keep to that company, however many
 * there are: a list of investors told without a company belongs to it, until a sentence turns to another company.
 */
class RoundTopicTest {

  private static final String LEAD = "Vantrell Systems, a maker of inspection drones, has raised $80 million in new"
      + " funding, its chief executive said on Tuesday.";
  /** Four sentences about the company and the money, none naming another organization. */
  private static final String MIDDLE = "Vantrell Systems, which employs 40 people, will spend the money on hiring."
      + " It plans to open an office in Lisbon next year. The company would not give its valuation."
      + " The funding shows that some investors still back hardware.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Investors included Corvane Capital, Ottley Ventures and Brisk Partners.",
      "Backers in the round were Corvane Capital, Ottley Ventures and Brisk Partners.",
      "Corvane Capital, Ottley Ventures and Brisk Partners also participated.",
      "The round drew Corvane Capital, Ottley Ventures and Brisk Partners."})
  void givesAListFarFromItsRoundToTheCompanyTheArticleKeptTo(String list) {
    assertThat(pairs(extract(LEAD, MIDDLE, list))).contains("Corvane Capital -> Vantrell Systems",
        "Ottley Ventures -> Vantrell Systems", "Brisk Partners -> Vantrell Systems");
  }

  @Test
  void keepsTheTopicThroughASentenceAboutOneOfItsBackers() {
    String paragraph = "Vantrell Systems has spent two years building the drones. The round was led by Halden Growth."
        + " Halden Growth has backed hardware before. It manages three funds. The firm declined to comment on fees.";
    assertThat(pairs(extract(LEAD, paragraph, "Ottley Ventures and Brisk Partners also took part.")))
        .contains("Halden Growth -> Vantrell Systems", "Ottley Ventures -> Vantrell Systems",
            "Brisk Partners -> Vantrell Systems");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quarrow Robotics, a rival, sells similar drones to utilities.",
      "Regulators at Skylane Authority have been slow to approve such drones.",
      "Its rival Quarrow Robotics went public last year."})
  void endsTheTopicWhenASentenceTurnsToAnotherCompany(String turn) {
    String middle = "Vantrell Systems, which employs 40 people, will spend the money on hiring."
        + " It plans to open an office in Lisbon next year. The company would not give its valuation. " + turn;
    assertThat(pairs(extract(LEAD, middle, "Investors included Corvane Capital and Ottley Ventures.")))
        .noneMatch(p -> p.endsWith("-> Vantrell Systems"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "In a statement, chief financial officer Dana Ruiz described the financing as a vote of confidence.",
      "Halden Growth praised the investment in a note to its own backers.",
      "Analysts at Skylane Research questioned the funding, calling the valuation rich."})
  void readsNoInvestorFromWhoSpeaksOfTheRound(String comment) {
    assertThat(pairs(extract(LEAD, MIDDLE, comment)))
        .noneMatch(p -> p.startsWith("Dana Ruiz") || p.startsWith("Halden Growth") || p.startsWith("Skylane"));
  }
}
