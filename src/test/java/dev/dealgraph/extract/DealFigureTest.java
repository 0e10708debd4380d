package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A figure stated for "the deal" in a later sentence belongs to the deal the sentences before described. */
class DealFigureTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The deal, worth about $1 billion, closes in May.",
      "The transaction is worth roughly $1 billion, people familiar with it said.",
      "This agreement, worth about $1 billion, needs approval from regulators."})
  void givesTheFigureToTheDealBefore(String sentence) {
    Extraction e = extract("Hooli agreed to invest in Cyberdyne.", sentence);
    assertThat(e.investments()).singleElement().satisfies(i -> assertThat(i.amount().orElseThrow().figure())
        .isEqualByComparingTo(new BigDecimal("1000000000")));
  }
}
