package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A place followed by one plural organization word is a name ("Paris Networks"), a place alone is none. */
class NamePlaceOpenedTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI competes with Paris Networks and Hooli in cloud security.",
      "Quanta AI competes with Hooli and Paris Networks in cloud security.",
      "Quanta AI itself competes with Paris Networks and Hooli."})
  void readsAPlaceAndAPluralOrganizationWordAsOneName(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Paris Networks ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI competes with Paris AI start-ups such as Hooli.",
      "Quanta AI competes with Paris Tech firms such as Hooli."})
  void readsNoNameFromAPlaceAndASingularWord(String text) {
    assertThat(rivals(extract(text))).containsExactly("Hooli ~ Quanta AI");
  }
}
