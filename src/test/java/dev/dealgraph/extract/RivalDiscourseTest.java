package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rivals stated through scopes, aims, products and locatives pair with the company that has them. */
class RivalDiscourseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Cyberdyne builds robot arms. It also faces a regional rival in Hooli.|Cyberdyne ~ Hooli",
      "Cyberdyne builds robot arms. The new money backs its plan to challenge Hooli.|Cyberdyne ~ Hooli",
      "Cyberdyne builds robot arms, and it hopes to take on Hooli in Europe.|Cyberdyne ~ Hooli",
      "Cyberdyne builds robot arms. Its closest rival in Asia is Hooli.|Cyberdyne ~ Hooli",
      "Cyberdyne builds robot arms. The firm is often called the farm's answer to Hooli.|Cyberdyne ~ Hooli",
      "Cyberdyne builds robot arms. The company is racing Hooli to ship a cheaper model.|Cyberdyne ~ Hooli"})
  void findsTheRivalOfTheSubject(String text, String pair) {
    assertThat(rivals(extract(text))).containsExactly(pair);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Cyberdyne builds robot arms. It competes with Globex and, in warehouses, with Hooli.",
      "Cyberdyne builds robot arms. It competes with Globex's Skyhook and Hooli's Wrangler.",
      "Cyberdyne builds robot arms. It competes with Globex, and, on price, with Hooli."})
  void pairsEveryRivalAcrossScopesAndProducts(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Cyberdyne ~ Globex", "Cyberdyne ~ Hooli");
  }

  @Test
  void readsTheTwoCompaniesAsThePairNamedBefore() {
    assertThat(rivals(extract("Globex and Hooli sell cloud chips. The two firms are old rivals, and both are taking on "
        + "Initech."))).containsExactlyInAnyOrder("Globex ~ Hooli", "Globex ~ Initech", "Hooli ~ Initech");
  }

  @Test
  void joinsThePairWithTheCompaniesAlongsideIt() {
    assertThat(rivals(extract("Globex and Hooli lead the market. The two, along with Initech, are competing for "
        + "banks."))).containsExactlyInAnyOrder("Globex ~ Hooli", "Globex ~ Initech", "Hooli ~ Initech");
  }

  @Test
  void keepsThePairApartWhenBothMerelyTakeOnAThird() {
    assertThat(rivals(extract("Globex and Hooli sell cloud chips. Both are taking on Initech.")))
        .containsExactlyInAnyOrder("Globex ~ Initech", "Hooli ~ Initech");
  }

  @Test
  void findsNoRivalryInAPairSentenceWithoutACue() {
    assertThat(rivals(extract("Globex and Hooli sell cloud chips. The two companies said sales rose."))).isEmpty();
  }

  @Test
  void namesTheDescribedRivalsFromTheListThatOpensTheNextSentence() {
    assertThat(rivals(extract("Cyberdyne builds robot arms. It faces competition from far larger groups. Globex, "
        + "Hooli and Initech all sell arms of their own."))).containsExactlyInAnyOrder("Cyberdyne ~ Globex",
        "Cyberdyne ~ Hooli", "Cyberdyne ~ Initech");
  }

  @Test
  void takesNoRivalsFromANextSentenceThatStatesADeal() {
    assertThat(rivals(extract("Cyberdyne builds robot arms. It faces competition from far larger groups. Globex "
        + "and Hooli invested in it last year."))).isEmpty();
  }

  @Test
  void readsTheExamplesOfADescribedFieldOfRivals() {
    assertThat(rivals(extract("Cyberdyne builds robot arms. It is up against a crowded field of young makers, "
        + "among them Globex and Hooli."))).containsExactlyInAnyOrder("Cyberdyne ~ Globex", "Cyberdyne ~ Hooli");
  }

  @Test
  void pairsTheSubjectWithRivalsListedAfterAColon() {
    assertThat(rivals(extract("Cyberdyne shipped a cheaper arm. Cyberdyne sold out. Its local rivals are struggling: "
        + "Globex, Hooli and Initech have all cut prices."))).containsExactlyInAnyOrder("Cyberdyne ~ Globex",
        "Cyberdyne ~ Hooli", "Cyberdyne ~ Initech");
  }
}
