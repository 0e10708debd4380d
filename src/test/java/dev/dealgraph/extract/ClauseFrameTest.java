package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli said on Monday it will invest up to $2 billion in Vandelay Labs, the Oslo start-up behind the Wren"
          + " assistant, and take a minority stake in the company.",
      "Hooli agreed to put $2 billion into Vandelay Labs, a maker of warehouse robots, and will also buy shares in"
          + " the startup."})
  void givesASecondPredicateTheSubjectOfTheFirst(String sentence) {
    assertThat(pairs(extract(sentence))).containsExactly("Hooli -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech invested in Quanta AI last year, and Hooli will take a stake in the company too.",
      "Initech invested in Quanta AI last year and Hooli took a small stake in it in March."})
  void keepsTheNamedSubjectOfASecondClause(String sentence) {
    assertThat(pairs(extract(sentence))).containsExactlyInAnyOrder("Initech -> Quanta AI", "Hooli -> Quanta AI");
  }

  @Test
  void takesTheNameBeforeAnAppositionThatEndsRightBeforeTheVerb() {
    assertThat(pairs(extract("Quanta AI raised $300 million.",
        "Orrin Growth, the late-stage arm of the Northwind Fund, joined existing backers Tessier Capital and Hooli.")))
        .containsExactlyInAnyOrder("Orrin Growth -> Quanta AI", "Tessier Capital -> Quanta AI", "Hooli -> Quanta AI");
  }

  @Test
  void givesAStakeHeldInARelativeClauseToItsAntecedentInTheSubjectCompany() {
    assertThat(pairs(extract("Initech will invest $2 billion in Quanta AI.",
        "Globex bought shares in Vandelay Labs last year.",
        "Quanta AI still relies on Hooli, which supplies it with chips and also holds a stake.")))
        .containsExactlyInAnyOrder("Initech -> Quanta AI", "Hooli -> Quanta AI");
  }

  @Test
  void leavesAStakeWithTheCompanyNamedBeforeWhenTheSubjectHasRaisedNothing() {
    assertThat(pairs(extract("Initech will invest $2 billion in Quanta AI.",
        "Hooli, which sells it chips, also holds a stake.")))
        .containsExactlyInAnyOrder("Initech -> Quanta AI", "Hooli -> Quanta AI");
  }

  @Test
  void givesARelativeClauseEveryNameCoordinatedBeforeIt() {
    assertThat(pairs(extract("Quanta AI raised $50 million in a Series C round.",
        "Tessier Capital and Orrin Ventures, which led its earlier rounds, came back.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Quanta AI", "Orrin Ventures -> Quanta AI");
  }
}
