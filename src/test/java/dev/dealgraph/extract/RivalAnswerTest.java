package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An interview's answer to "Who does X compete with?" names X's rivals. */
class RivalAnswerTest {

  @Test
  void readsTheCompaniesAnAnswerOpensWithAsRivalsOfTheCompanyAskedAbout() {
    assertThat(rivals(extract("Who does Quanta AI actually compete with?",
        "With Initech, obviously, and with Hooli's warehouse robots, and with Vandelay Labs, which already ships.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI", "Quanta AI ~ Vandelay Labs");
  }

  @Test
  void leavesAnAnswerToAnotherQuestionAlone() {
    assertThat(rivals(extract("Who does Quanta AI work with?",
        "With Initech, mostly, on the sensors."))).isEmpty();
  }
}
