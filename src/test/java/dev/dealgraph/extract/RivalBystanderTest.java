package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A company named beside a rivalry as a regulator's subject, a customer, a cloud provider or a licensor is no rival
 * of the companies that compete.
 */
class RivalBystanderTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI, which rents servers from Globex Cloud and licenses models from Hooli, competes with Initech.",
      "Quanta AI, a Globex Cloud customer, goes up against Initech in insurance.",
      "Quanta AI competes with Initech for insurers such as Kasumi Group and Hooli.",
      "Quanta AI competes with Initech and has licensed speech technology from Hooli and Cyberdyne.",
      "Quanta AI takes on Initech with help from Globex Cloud, its cloud provider."})
  void keepsCustomersProvidersAndLicensorsOutOfTheRivalry(String text) {
    assertThat(rivals(extract(text))).containsExactly("Initech ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Hooli's purchase of a stake in Quanta AI drew scrutiny from competition authorities.",
      "Regulators are examining whether Globex's investment in Quanta AI harms competition."})
  void readsScrutinyByCompetitionAuthoritiesAsNoRivalry(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }

  @Test
  void givesTheRivalsOfACustomersSuppliersToTheCompanyThatSellsToIt() {
    assertThat(rivals(extract("Quanta AI sells to Kasumi Group, which is also a client of rivals Initech and Hooli.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void keepsASubsidiaryNamedAsTheRivalItself() {
    assertThat(rivals(extract("Hooli competes with Globex Cloud in renting out servers.")))
        .containsExactly("Globex Cloud ~ Hooli");
  }
}
