package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Investor lists set apart by semicolons, or opened by a hyphenated lead ("Co-led by"), name every member. */
class ListPunctuationTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Backers include Hooli; Globex; and Tessier Capital.",
      "Its investors include Hooli; Globex; and Tessier Capital, among others.",
      "The new money came from Hooli; Globex; or Tessier Capital, depending on the tranche."})
  void readsEveryMemberOfASemicolonList(String text) {
    assertThat(pairs(extract("Quanta AI raised $80 million in a Series B round.", text)))
        .contains("Hooli -> Quanta AI", "Globex -> Quanta AI", "Tessier Capital -> Quanta AI");
  }

  @Test
  void endsTheListAtASemicolonThatOpensAClause() {
    assertThat(pairs(extract("Quanta AI raised $80 million from Hooli; Globex later invested in Initech.")))
        .containsExactlyInAnyOrder("Hooli -> Quanta AI", "Globex -> Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Co-leading the round were Hooli and Globex.",
      "Co-led by Hooli and Globex, the round values the company at $1 billion.",
      "Led by Hooli and Globex, the financing values the company at $1 billion."})
  void givesTheRoundBeforeTheLeadsThatOpenTheSentence(String text) {
    assertThat(pairs(extract("Vandelay Labs raised $80 million.", text)))
        .containsExactlyInAnyOrder("Hooli -> Vandelay Labs", "Globex -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Co-led by Hooli and Globex, Quanta AI raised $80 million.",
      "Co-led by Hooli and Globex, Quanta AI's latest round brought in $80 million.",
      "Co-led by Hooli and Globex, Quanta AI's Series B round brought in $80 million."})
  void givesTheLeadsToTheCompanyOfTheClauseAfterThem(String text) {
    assertThat(pairs(extract(text))).containsExactlyInAnyOrder("Hooli -> Quanta AI", "Globex -> Quanta AI");
  }

  @Test
  void endsASingleLeadAtTheCompanyThatOpensTheClause() {
    assertThat(pairs(extract("Led by Hooli, Quanta AI's Series B brought in $80 million.")))
        .containsExactly("Hooli -> Quanta AI");
  }

  @Test
  void readsNoDealWhenTheClauseAfterTheLeadsNamesNoRound() {
    assertThat(pairs(extract("Led by Hooli, Globex built a data centre in Oslo."))).isEmpty();
  }
}
