package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An apposition or a relative clause after a name says whom that name competes with. */
class RivalAppositionTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Zorbit, a Riga-based rival that won a bank contract in June, cut its prices.",
      "Zorbit, a much smaller rival, cut its prices."})
  void readsAnIndefiniteRivalWithModifiersAsARivalOfTheArticlesSubject(String text) {
    assertThat(rivals(extract("Quanta AI sells fraud models to banks.", text))).containsExactly("Quanta AI ~ Zorbit");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"It is up against rival speech-recognition firms such as Initech and Vandelay Labs.",
      "Rival speech-recognition firms such as Initech and Vandelay Labs have cut their prices."})
  void readsACompoundRivalGroupsExamplesAsRivalsOfTheSubject(String text) {
    assertThat(rivals(extract("Quanta AI transcribes calls for banks.", text)))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Quanta AI ~ Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Zorbit, a Riga start-up that competes with Initech for insurers, raised $9 million.",
      "Zorbit, a Riga developer of speech models that competes with Initech, raised $9 million."})
  void readsTheRelativeClauseOfAnAppositionAsSaidOfTheNameBeforeIt(String text) {
    assertThat(rivals(extract("Quanta AI transcribes calls for banks.", text))).containsExactly("Initech ~ Zorbit");
  }

  @Test
  void resolvesTheMakerOfAProductInAnAppositionOfTheClosestRival() {
    assertThat(rivals(extract("Quanta AI's sales now come close to those of its nearest rival, the maker of Latex.")))
        .containsExactly("Quanta AI ~ Vandelay Labs");
  }

  @Test
  void readsAnIndefiniteDescriptionWithoutARivalNounAsNoRivalry() {
    assertThat(rivals(extract("Quanta AI sells fraud models to banks.",
        "Zorbit, a Riga-based insurer that buys its models, signed a new contract."))).isEmpty();
  }
}
