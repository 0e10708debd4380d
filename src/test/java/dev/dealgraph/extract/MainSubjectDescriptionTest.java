package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A description with several modifiers in a subordinate clause names the main clause's subject. */
class MainSubjectDescriptionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Brantor jumped 12% after Globex said it would invest $600 million in the Danish wind turbine maker.|"
          + "Globex -> Brantor",
      "Vandelay Labs rose 8% after Hooli agreed to put $300 million into the Norwegian industrial equipment maker.|"
          + "Hooli -> Vandelay Labs",
      "Quillora shares soared 30% on Monday after Kasumi Group said it would take a stake in the Osaka robot arm "
          + "maker.|Kasumi Group -> Quillora"})
  void resolvesDescriptionToTheCompanyWhoseSharesMoved(String text, String pair) {
    assertThat(pairs(extract(text))).containsExactly(pair);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Revenue jumped 20% after Globex said it would invest $50 million in the Danish wind turbine maker.",
      "Sales rose 4% last quarter, and Hooli said it would invest in the Swedish chip maker."})
  void makesNoCompanyOfAFigureThatMoved(String text) {
    assertThat(pairs(extract(text))).noneMatch(p -> p.endsWith("Revenue") || p.endsWith("Sales"));
  }
}
