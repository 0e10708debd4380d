package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Products stand for their makers in a rivalry, whether the gazetteer or the article names the maker. */
class RivalProductTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Its tutor goes up against Globex's Nimbus app, Hooli's Sigma browser and Initech's Chatterbox.",
      "Its rivals include Globex's Nimbus, Hooli's Sigma and Initech's Chatterbox."})
  void readsEveryOwnersProductInAListAsTheOwner(String text) {
    assertThat(rivals(extract("Quanta AI sells a maths tutor to schools.", text)))
        .containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI", "Initech ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Chatterbox is its main rival.", "Chatterbox, which Initech sells to banks, is its closest"
      + " competitor."})
  void readsAProductNamedAsItsRivalAsTheMakersRivalOfTheSubject(String text) {
    assertThat(rivals(extract("Quanta AI sells a maths tutor to schools.", text)))
        .containsExactly("Initech ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Quanta AI sells Orbit, a rival to Nimbus and HooliChat.",
      "Quanta AI unveiled Orbit in May, a rival to Nimbus and HooliChat."})
  void readsAProductTheArticleIntroducesAsItsMaker(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Globex ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void keepsACompanySoldToAnotherAsItself() {
    assertThat(rivals(extract("Globex sold Zorbit to Hooli in March.",
        "Zorbit, a chip designer, is a rival to Cyberdyne."))).containsExactly("Cyberdyne ~ Zorbit");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Globex owns Globex Cloud, which trains the Nimbus models that compete with Chatterbox.",
      "Globex Cloud designed Nimbus, and Nimbus competes with Chatterbox."})
  void readsAKnownProductAsTheUnitTheArticleSaysMakesIt(String text) {
    assertThat(rivals(extract(text))).containsExactly("Globex Cloud ~ Initech");
  }

  @Test
  void keepsAKnownProductWithItsGazetteerMakerWhenAnotherOnlySellsIt() {
    assertThat(rivals(extract("Hooli resells the Nimbus assistant, which competes with Chatterbox.")))
        .containsExactly("Globex ~ Initech");
  }
}
