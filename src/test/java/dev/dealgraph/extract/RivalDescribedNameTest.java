package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rival described by a word ("the veteran Zorblax") or by its backers ("the Tessier- and Kasumi-backed Zorblax") is
 * the name after the description, known to the gazetteer or not.
 */
class RivalDescribedNameTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The company competes with the veteran Zorblax, and with a range of start-ups.",
      "It competes with the incumbent Zorblax in most hospitals.",
      "Quanta AI competes with the established Zorblax."})
  void readsAnUnknownNameAfterOneDescribingWordAsTheRival(String text) {
    assertThat(rivals(extract("Quanta AI maps sensitive data for banks.", text)))
        .containsExactly("Quanta AI ~ Zorblax");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI is up against competitors such as the Tessier- and Kasumi-backed Initech and Hooli.",
      "Quanta AI competes with the Tessier- and Kasumi-backed Initech, and with Hooli."})
  void readsTheCompanyAfterSuspendedBackersAsTheRivalNotItsBackers(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }
}
