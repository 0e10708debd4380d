package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence with a clear rivalry cue that no grammar reader parses still pairs the organization it is about with
 * the organizations named after the cue.
 */
class RivalBackoffTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI builds warehouse robots. In the tender it has been up against the teams of Initech and Globex,"
          + " all backed by larger groups.",
      "Quanta AI builds warehouse robots. Over the past year the company found itself up against the"
          + " in-house teams of Initech and Globex in most tenders."})
  void pairsTheTopicWithTheOrganizationsAfterTheCue(String text) {
    assertThat(rivals(extract(text))).contains("Initech ~ Quanta AI", "Globex ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI builds warehouse robots. Competition lawyers expect regulators to examine the deal.",
      "Quanta AI builds warehouse robots. \"The real contest is elsewhere,\" said one VC insider.",
      "Quanta AI builds warehouse robots. It does not compete with the robot makers of Initech.",
      "Tessier Capital invested in Quanta AI alongside Initech, a rival bidder for the company."})
  void pairsNothingWithoutANamedRivalOrInADealOrADenial(String text) {
    assertThat(rivals(extract(text))).doesNotContain("Initech ~ Quanta AI", "Quanta AI ~ VC", "Initech ~ Tessier Capital");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI builds warehouse robots. It is up against Kasumi-based integrators such as Initech."})
  void skipsANameThatOnlyDescribesTheRival(String text) {
    assertThat(rivals(extract(text))).contains("Initech ~ Quanta AI").doesNotContain("Kasumi ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI faces large rivals. Initech and Hooli both offer editing tools.",
      "Quanta AI has plenty of competitors. Initech and Hooli sell similar drones to the same buyers."})
  void readsTheNamesOfTheNextSentenceAsTheRivalsASentenceEndedOn(String text) {
    assertThat(rivals(extract(text))).contains("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI has no real rivals. Initech and Hooli both offer editing tools.",
      "Quanta AI met its investors. Initech and Hooli both offer editing tools."})
  void readsNoRivalsAfterADenialOrWithoutACue(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }
}
