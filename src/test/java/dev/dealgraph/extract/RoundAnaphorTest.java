package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "That round", "the financing" and a list told without a company name the round just stated, even when the
 * sentence that stated it named another company inside an apposition ("Quanta AI, Hooli's rival, which raised").
 */
class RoundAnaphorTest {

  private static final String FIRST = "Globex is in talks to lead a $200 million round for Initech, people said.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "One of the largest such financings went to Quanta AI, Initech's closest rival, which raised $90 million in May."
          + " That round was funded by Tessier Capital and Kasumi Group.",
      "Quanta AI, Initech's main rival, which raised $90 million in May, is the other name in the field."
          + " The financing drew Tessier Capital and Kasumi Group.",
      "Quanta AI, Cyberdyne's former unit, which raised $90 million in May, builds similar models."
          + " Investors in that round included Tessier Capital and Kasumi Group."})
  void givesTheRoundOfAnApposedRivalToTheRivalNotToThePossessor(String paragraph) {
    assertThat(pairs(extract(FIRST, paragraph))).contains("Tessier Capital -> Quanta AI", "Kasumi Group -> Quanta AI")
        .doesNotContain("Tessier Capital -> Initech", "Tessier Capital -> Cyberdyne");
  }

  @Test
  void readsNoInvestmentFromTheSellerOfAStake() {
    assertThat(pairs(extract(FIRST, "Globex knows the field: it owned a robotics unit before selling a controlling"
        + " stake to Kasumi Group in 2021.")))
        .containsExactly("Globex -> Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quanta AI's investors are a similar mix. Its $350 million Series B was co-led by Tessier Capital and Kasumi"
          + " Group.",
      "Quanta AI was backed by much of the same money. Its last round was led by Tessier Capital, and Kasumi Group"
          + " took part."})
  void readsItsAfterASentenceAboutACompanysBackersAsThatCompany(String paragraph) {
    String before = "Globex invested $650 million in Initech last year. The startup raised $1.3 billion in June.";
    assertThat(pairs(extract(before, paragraph))).contains("Tessier Capital -> Quanta AI", "Kasumi Group -> Quanta AI")
        .doesNotContain("Tessier Capital -> Initech", "Kasumi Group -> Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tessier Capital took part in the $700 million private placement Quanta AI raised in December, alongside"
          + " Kasumi Group.",
      "Tessier Capital joined the round that Quanta AI closed last week, alongside Kasumi Group.",
      "Tessier Capital took part in the $70 million round Quanta AI has raised, alongside Kasumi Group."})
  void givesARoundToTheCompanyOfTheClauseThatRaisedIt(String sentence) {
    assertThat(pairs(extract(FIRST, sentence))).contains("Tessier Capital -> Quanta AI", "Kasumi Group -> Quanta AI")
        .doesNotContain("Tessier Capital -> Initech");
  }

  @Test
  void takesNoRaiserFromANameThatDoesNotRaiseTheRound() {
    assertThat(pairs(extract(FIRST, "Tessier Capital joined the round as Quanta AI watched from the sidelines.")))
        .doesNotContain("Tessier Capital -> Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli had been in talks to invest in Quanta AI as part of a round expected to raise about $6.5 billion.",
      "Hooli wants to invest in Quanta AI through a new funding round that could raise $6.5 billion."})
  void readsNoRaiserFromTheCompanyBeforeARoundThatIsTheVerbsSubject(String sentence) {
    assertThat(pairs(extract(sentence, "The round is being led by Tessier Capital, which is expected to contribute"
        + " about $1 billion.")))
        .contains("Tessier Capital -> Quanta AI").doesNotContain("Tessier Capital -> Hooli");
  }
}
