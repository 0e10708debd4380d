package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rivalry may name its rivals through what they offer or through a word that describes them. */
class RivalOfferingTest {

  @Test
  void readsTheMakersOfTheChipsARivalryNamesAsRivals() {
    assertThat(rivals(extract("Quanta AI sells inference cards. It competes with chips from Initech and Hooli as well"
        + " as with custom accelerators that clouds design.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsTheOwnersOfThePlatformsFacedAsRivals() {
    assertThat(rivals(extract("Quanta AI sells sensors to factories. In larger contracts, it also faces the"
        + " monitoring platforms of Initech and Hooli, which already sell there.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsARivalDescribedByOneWordAsARival() {
    assertThat(rivals(extract("Quanta AI maps sensitive data. The company competes with the veteran Initech, and"
        + " with a range of start-ups in the category.")))
        .containsExactly("Initech ~ Quanta AI");
  }

  @Test
  void leavesTheCustomersOfACompanyOutOfItsRivals() {
    assertThat(rivals(extract("Quanta AI sells sensors to factories. It competes with the customers of Initech for"
        + " engineers."))).isEmpty();
  }

  @Test
  void readsTheMakersOfTheToolsARelativeClauseNamesAsRivals() {
    assertThat(rivals(extract("Quanta AI indexes the web for agents. It competes with Cyberdyne and with the web-search"
        + " tools that Initech and Hooli sell to developers.")))
        .containsExactlyInAnyOrder("Cyberdyne ~ Quanta AI", "Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void leavesTheCompaniesThatBuyTheToolsOutOfTheRivals() {
    assertThat(rivals(extract("Quanta AI indexes the web for agents. It competes with the search tools that"
        + " banks buy from Initech."))).isEmpty();
  }
}
