package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A deal's figure attaches to its pair even when the investee is left to the article's subject. */
class AmountAttachmentTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Hooli invested €15 million in early 2024.|Hooli -> Cyberdyne EXACT 15000000 EUR",
      "Hooli also holds a small stake. It put €15 million into it in March.|Hooli -> Cyberdyne EXACT 15000000 EUR",
      "Hooli invested about $40 million in 2023.|Hooli -> Cyberdyne APPROX 40000000 USD",
      "Hooli has agreed to lead the round with about $1 billion.|Hooli -> Cyberdyne APPROX 1000000000 USD",
      "Hooli co-led the round with $80 million.|Hooli -> Cyberdyne EXACT 80000000 USD"})
  void attachesTheFigureWhenTheInvesteeIsTheSubject(String sentence, String deal) {
    assertThat(deals(extract("Cyberdyne, which builds robot arms, is raising a new round.", sentence))).containsExactly(deal);
  }

  static List<String> deals(Extraction e) {
    return e.investments().stream().map(i -> i.investor().name() + " -> " + i.investee().name() + " "
        + i.amount().map(a -> a.kind() + " " + a.figure().toBigInteger() + " " + a.currency()).orElse("none"))
        .toList();
  }
}
