package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The founding organizations of a joint venture invest in it; what the venture builds is no further deal. */
class JointVentureTest {

  @Test
  void makesEachFoundingPartnerAnInvestorWithTheSumsOfThoseNamed() {
    Extraction e = extract("Globex, Hooli and Kasumi Group are the founding partners of Stratum Partners, a joint "
        + "venture that will build data centres in Ohio; Globex and Kasumi Group each committed $8 billion.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Globex -> Stratum Partners", "Hooli -> Stratum Partners",
        "Kasumi Group -> Stratum Partners");
    assertThat(e.investments()).filteredOn(i -> !i.investor().name().equals("Hooli"))
        .allSatisfy(i -> assertThat(i.amount().orElseThrow().figure()).isEqualByComparingTo("8000000000"));
    assertThat(e.investments()).filteredOn(i -> i.investor().name().equals("Hooli"))
        .allSatisfy(i -> assertThat(i.amount()).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech and Vandelay Labs founded Meridian Holdings, an investment company based in Oslo.",
      "Meridian Holdings, a joint venture between Initech and Vandelay Labs, opened its first office.",
      "Initech and Vandelay Labs set up Meridian Holdings, a new joint venture, last spring."})
  void makesTheFoundersOfAVentureItsInvestors(String text) {
    assertThat(pairs(extract(text))).containsExactlyInAnyOrder("Initech -> Meridian Holdings",
        "Vandelay Labs -> Meridian Holdings");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech and Vandelay Labs launched Chatterbox Pro, a chatbot for lawyers.",
      "Lena Ortiz founded Meridian Holdings, an investment company, in 2019.",
      "Through the joint venture, Globex will build data centres for Hooli."})
  void readsNoVentureWhereNoneIsFounded(String text) {
    assertThat(pairs(extract(text))).isEmpty();
  }
}
