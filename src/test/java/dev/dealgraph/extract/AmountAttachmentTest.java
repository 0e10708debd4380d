package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A deal's figure attaches to its pair even when the investee is left to the article's subject. */
class AmountAttachmentTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Hooli invested €15 million in early 2024.|Hooli -> Cyberdyne EXACT 15000000 EUR",
      "Hooli also holds a small stake. It put €15 million into it in March.|Hooli -> Cyberdyne EXACT 15000000 EUR",
      "Hooli invested about $40 million in 2023.|Hooli -> Cyberdyne APPROX 40000000 USD",
      "Hooli took a small stake in late 2023 through a $6 million note.|Hooli -> Cyberdyne EXACT 6000000 USD",
      "Hooli has agreed to lead the round with about $1 billion.|Hooli -> Cyberdyne APPROX 1000000000 USD",
      "Hooli co-led the round with $80 million.|Hooli -> Cyberdyne EXACT 80000000 USD",
      "Hooli put in $30 million of it.|Hooli -> Cyberdyne EXACT 30000000 USD",
      "Hooli, one of its first backers, which put in at least $9 million, sold shares.|Hooli -> Cyberdyne AT_LEAST "
          + "9000000 USD"})
  void attachesTheFigureWhenTheInvesteeIsTheSubject(String sentence, String deal) {
    assertThat(deals(extract("Cyberdyne, which builds robot arms, is raising a new round.", sentence))).containsExactly(deal);
  }

  @Test
  void givesEachInvestorItsSumWhenTheSumsAreRespective() {
    assertThat(deals(extract("Globex and Hooli will put up to $3 billion and up to $5 billion, respectively, into "
        + "Cyberdyne."))).containsExactly("Globex -> Cyberdyne UP_TO 3000000000 USD",
        "Hooli -> Cyberdyne UP_TO 5000000000 USD");
    assertThat(deals(extract("Globex, Hooli and Initech invested $1 million, $2 million and $3 million respectively "
        + "in Cyberdyne."))).containsExactly("Globex -> Cyberdyne EXACT 1000000 USD",
        "Hooli -> Cyberdyne EXACT 2000000 USD", "Initech -> Cyberdyne EXACT 3000000 USD");
  }

  @Test
  void readsTheRelativePronounAsTheObjectOfBacked() {
    assertThat(deals(extract("Cyberdyne, which Hooli funded with $70 million last year, now sells to farms.")))
        .containsExactly("Hooli -> Cyberdyne EXACT 70000000 USD");
  }

  @Test
  void takesTheFigureThatAnInvestorsInvestmentIsSaidToBe() {
    assertThat(deals(extract("Hooli's investment in Cyberdyne totalled about $90 million.")))
        .containsExactly("Hooli -> Cyberdyne APPROX 90000000 USD");
  }

  static List<String> deals(Extraction e) {
    return e.investments().stream().map(i -> i.investor().name() + " -> " + i.investee().name() + " "
        + i.amount().map(a -> a.kind() + " " + a.figure().toBigInteger() + " " + a.currency()).orElse("none"))
        .toList();
  }

  @Test
  void givesAnEstimateOfAnUndisclosedSumToTheDealBeforeIt() {
    Extraction e = extract("Hooli on Monday announced a multiyear investment in Quanta AI.",
        "Hooli gave no figure for the new commitment.",
        "People familiar with the terms have put it at about $3 billion, most of it to be spent on Nimbus.");
    assertThat(e.investments()).filteredOn(i -> i.amount().isPresent())
        .extracting(i -> i.investor().name() + " -> " + i.investee().name() + " " + i.amount().get().text())
        .containsExactly("Hooli -> Quanta AI about $3 billion");
  }

  @Test
  void leavesAnEstimateAboutANamedCompanyAlone() {
    Extraction e = extract("Hooli on Monday announced a multiyear investment in Quanta AI.",
        "Analysts put Globex's cloud revenue at about $3 billion.");
    assertThat(e.investments()).allSatisfy(i ->
        assertThat(i.amount()).isEmpty());
  }
}
