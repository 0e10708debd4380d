package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A name set off by commas after a description that opens the sentence is an organization of that description. */
class DescribedNameTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Another Finnish company in the field, Zorbit, is taking a different route.",
      "A younger startup from Oslo, Zorbit, has chosen another path.",
      "Its closest rival, Zorbit, has chosen another path."})
  void readsTheApposedNameAsTheOrganizationALaterPronounMeans(String opening) {
    assertThat(pairs(extract("Globex has bought Hooli for $2 billion. " + opening
        + " It raised $35 million in a Series A round led by Initech.")))
        .contains("Initech -> Zorbit").doesNotContain("Initech -> Globex");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The deal, Zorbit said, closed in May. It raised $35 million in a round led by Initech.",
      "In the end, Zorbit said, the round closed in May."})
  void readsNoOrganizationAfterAPhraseThatIsNoDescription(String text) {
    assertThat(pairs(extract("Globex raised money last year. " + text))).doesNotContain("Initech -> Zorbit");
  }
}
