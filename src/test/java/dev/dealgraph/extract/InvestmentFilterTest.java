package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Statements that are not investments (denials, hypotheticals, spending, purchases) yield no deal. */
class InvestmentFilterTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Globex has no plans to invest in Initech, a spokesperson said.",
      "Globex denied a report that it would invest in Initech.",
      "Hooli will not invest in Vandelay Labs this year.",
      "Should Hooli invest in Initech?",
      "If Globex invests in Initech, regulators will look closely.",
      "Globex will invest $10 billion in data centres in Ohio.",
      "Globex plans to spend $80 billion on its own servers this year.",
      "Initech committed $30 billion to Nimbus computing capacity.",
      "Hooli is investing heavily in AI.",
      "Initech and Globex signed a cloud contract worth $4 billion.",
      "Globex shares rose 3% to $210.50 after the results."})
  void reportsNoDeal(String text) {
    assertThat(pairs(extract(text))).isEmpty();
  }
}
