package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A relative clause between a subject and its verb never lends the verb its own object as subject. */
class ClauseFrameTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli, which also owns Initech, invested $2 billion in Cyberdyne.",
      "Hooli, which has a stake in Initech, put $2 billion into Cyberdyne.",
      "Hooli, whose cloud Initech uses, invested $2 billion in Cyberdyne."})
  void keepsTheSubjectBeforeTheRelativeClause(String sentence) {
    assertThat(pairs(extract(sentence))).contains("Hooli -> Cyberdyne").doesNotContain("Initech -> Cyberdyne");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech, a Hooli-backed startup, hired staff.",
      "Globex said Initech, a Hooli-backed start-up, would use its cloud."})
  void readsACompoundInAnAppositionAsBackingTheNameItDescribes(String sentence) {
    assertThat(pairs(extract(sentence))).containsExactly("Hooli -> Initech");
  }
}
