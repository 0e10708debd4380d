package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An investor noun with the company named before it ("a Quanta AI backer") makes its subject an investor. */
class InvestorNounTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli and Globex are both Quanta AI investors.",
      "Hooli and Globex have long been Quanta AI shareholders.",
      "Quanta AI counts Hooli and Globex as investors.",
      "Quanta AI lists Hooli and Globex among its early backers."})
  void makesTheSubjectOrTheCountedNamesInvestorsOfTheCompany(String text) {
    assertThat(pairs(extract(text))).containsExactlyInAnyOrder("Hooli -> Quanta AI", "Globex -> Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli, an early Quanta AI backer, joined again.",
      "Hooli, a longtime Quanta AI investor, joined again.",
      "Hooli is a Quanta AI shareholder.",
      "Hooli, the second of the big cloud groups, is also a Quanta AI shareholder.",
      "The deal is a shift for Hooli, which remains Quanta AI's largest outside shareholder with a 27 per cent stake."})
  void readsAnAppositionOrACopulaWithAnInvestorNounAsAStake(String text) {
    assertThat(pairs(extract(text))).containsExactly("Hooli -> Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli and Globex became Quanta AI shareholders in 2021.",
      "Hooli and Globex have remained Quanta AI investors since the seed round.",
      "Quanta AI's backers, including Hooli and Globex, declined to comment.",
      "Quanta AI's largest investors remain Hooli and Globex."})
  void readsTheLexiconsCopulasAndFormsOfIncludeAroundAnInvestorNoun(String text) {
    assertThat(pairs(extract(text))).containsExactlyInAnyOrder("Hooli -> Quanta AI", "Globex -> Quanta AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli is a Quanta AI customer.",
      "Hooli remains Quanta AI's largest outside customer.",
      "Quanta AI counts Hooli and Globex as customers.",
      "Hooli and Globex are Quanta AI partners, not investors in it.",
      "Quanta AI describes Hooli and Globex as investors in Cyberdyne."})
  void findsNoStakeForCustomersPartnersOrAnotherCompanysInvestors(String text) {
    assertThat(pairs(extract(text))).doesNotContain("Hooli -> Quanta AI", "Globex -> Quanta AI");
  }

  @Test
  void readsAContributionToARoundAsAnInvestmentInItsCompany() {
    assertThat(pairs(extract("Quanta AI is raising $2 billion in a round led by Tessier Capital.",
        "Hooli is in discussions about a contribution of about $100 million.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Quanta AI", "Hooli -> Quanta AI");
  }

  @Test
  void keepsListMembersWhoseNameEndsInCompany() {
    assertThat(pairs(extract("Quanta AI raised $90 million in a Series C round.",
        "Investors in the round include Marlow Research Company, Tessier Capital and Hooli, among others.")))
        .containsExactlyInAnyOrder("Marlow Research -> Quanta AI", "Tessier Capital -> Quanta AI",
            "Hooli -> Quanta AI");
  }

  @Test
  void keepsAListMemberNamedWithATitle() {
    assertThat(pairs(extract("Quanta AI raised $90 million in a Series C round.",
        "Investors in the round include Tessier Capital, Sheikh Rashid Al Tamimi and Hooli, among others.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Quanta AI", "Rashid Al Tamimi -> Quanta AI",
            "Hooli -> Quanta AI");
  }

  @Test
  void joinsANameWithADeterminerAndModifiersToTheListBeforeIt() {
    assertThat(pairs(extract("Quanta AI raised $50 million in a Series B round.",
        "Hooli and the state-run Northwind Fund joined the round.")))
        .containsExactlyInAnyOrder("Hooli -> Quanta AI", "Northwind Fund -> Quanta AI");
  }

  @Test
  void readsAnInvestmentDrawnFromAnInvestor() {
    assertThat(pairs(extract("Quanta AI has drawn a fresh investment from Tessier Capital.")))
        .containsExactly("Tessier Capital -> Quanta AI");
  }
}
