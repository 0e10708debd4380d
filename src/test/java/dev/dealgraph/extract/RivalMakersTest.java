package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A product apposed to the name of its maker stands for that maker in rivalries. */
class RivalMakersTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI competes with Zorblax, the editor built by Initech.",
      "Quanta AI competes with Zorblax, made by Initech.",
      "Its main challenger is Zorblax, the assistant developed by Initech.",
      "Quanta AI is up against Zorblax, a coding tool created by Initech."})
  void readsTheMakerOfAnApposedProductAsTheRival(String text) {
    assertThat(rivals(extract("Quanta AI sells a coding assistant to banks.", text)))
        .containsExactly("Initech ~ Quanta AI");
  }

  @Test
  void readsTheProductOfAMakerNamedInAnEarlierApposition() {
    assertThat(rivals(extract("Initech, the maker of the Zorblax coding agent, raised money last year.",
        "Quanta AI competes with Zorblax in banking."))).containsExactly("Initech ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI competes with Zorblax, a start-up owned by Initech.",
      "Quanta AI competes with Zorblax, a start-up backed by Initech."})
  void keepsACompanyOwnedOrBackedByAnotherAsItself(String text) {
    assertThat(rivals(extract(text))).containsExactly("Quanta AI ~ Zorblax");
  }
}
