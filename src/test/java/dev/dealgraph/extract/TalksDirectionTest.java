package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The company in talks to raise money is the investee; those it talks with, or raises from, are the investors. */
class TalksDirectionTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Cyberdyne is in talks with Tessier Capital to raise at least $300 million.",
      "Cyberdyne is in talks to raise at least $300 million from Tessier Capital."})
  void makesTheCompanyInTalksTheInvestee(String sentence) {
    Extraction e = extract(sentence);
    assertThat(pairs(e)).containsExactly("Tessier Capital -> Cyberdyne");
    assertThat(e.investments()).singleElement().satisfies(i -> {
      assertThat(i.status()).isEqualTo(Status.IN_TALKS);
      assertThat(i.amount()).hasValueSatisfying(a -> assertThat(a.kind()).isEqualTo(Amount.Kind.AT_LEAST));
    });
  }

  @Test
  void givesEveryPartyToTheTalksItsOwnDealWithoutTheTotal() {
    Extraction e = extract("Cyberdyne has held talks with Tessier Capital and Hooli about raising as much as"
        + " $2 billion.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Hooli -> Cyberdyne");
    assertThat(e.investments()).allMatch(i -> i.amount().isEmpty());
  }

  @Test
  void readsNoDealFromTalksAboutSomethingElse() {
    assertThat(pairs(extract("Hooli is in talks with Cyberdyne about a chip partnership."))).isEmpty();
  }
}
