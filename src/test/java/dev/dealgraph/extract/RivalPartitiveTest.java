package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** After a rivalry with a described group, "The largest of them, A, …" names one of those rivals. */
class RivalPartitiveTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The largest of them, Initech, listed its shares in March.",
      "One of them, Initech, opened an office in Lisbon last year.",
      "The oldest of these, Initech, still sells to most hospitals."})
  void readsTheMemberNamedAfterAPartOfTheGroupAsARival(String text) {
    assertThat(rivals(extract("Quanta AI is trying to take on established cloud providers.", text)))
        .containsExactly("Initech ~ Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The largest of them, Initech, led its new round.",
      "The oldest customer, Initech, listed its shares in March."})
  void readsNoRivalInADealOrWithoutAPartOfTheGroup(String text) {
    assertThat(rivals(extract("Quanta AI is trying to take on established cloud providers.", text))).isEmpty();
  }
}
