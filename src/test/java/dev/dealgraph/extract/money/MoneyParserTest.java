package dev.dealgraph.extract.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.SentenceSplitter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyParserTest {

  private static final Lexicons LEX = Lexicons.standard();
  private static final MoneyParser PARSER = new MoneyParser(LEX.money(), LEX.roles());
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(LEX.abbreviations());

  private static List<Money> parse(String text) {
    Sentence s = SPLITTER.split(text).get(0);
    return PARSER.find(s);
  }

  @Test
  void findsNoAmountInADottedDate() {
    assertThat(parse("Berlin (06.11.2023) The lab raised money.")).isEmpty();
  }

  private static Amount only(String text) {
    List<Money> found = parse(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0).amount().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The lab took $4 billion from the group.|EXACT|4000000000||USD",
      "It raised US$4bn last week.|EXACT|4000000000||USD",
      "It will put 4 billion dollars into the venture.|EXACT|4000000000||USD",
      "The fund committed €1.7bn to the company.|EXACT|1700000000||EUR",
      "They agreed on £250m for the unit.|EXACT|250000000||GBP",
      "The bank lent ¥500 billion to the group.|EXACT|500000000000||JPY",
      "The state fund added 10 billion yuan to the chipmaker.|EXACT|10000000000||CNY",
      "The conglomerate spent Rs 5,000 crore on the stake.|EXACT|50000000000||INR",
      "Investors poured 1.2 trillion won into the sector.|EXACT|1200000000000||KRW",
      "The buyer paid C$300 million for the stake.|EXACT|300000000||CAD",
      "The pension fund put 80 million Canadian dollars into the startup.|EXACT|80000000||CAD",
      "The group spent Rs. 1,200 crore on the stake.|EXACT|12000000000||INR",
      "The carmaker added 30 billion Korean won to the round.|EXACT|30000000000||KRW",
      "The state fund will put 250 billion won into the designer.|EXACT|250000000000||KRW",
      "The foundry put NT$3 billion into the start-up.|EXACT|3000000000||TWD",
      "The sovereign fund added 2.5 billion ringgit to the round.|EXACT|2500000000||MYR",
      "The insurer invested 900 million rupees in the lab.|EXACT|900000000||INR",
      "It invested less than $10 million in the lab.|UP_TO|10000000||USD",
      "It could invest up to $50 billion in the lab.|UP_TO|50000000000||USD",
      "It may put in as much as $2 billion.|UP_TO|2000000000||USD",
      "The total could be between $4 billion and $6 billion.|RANGE|4000000000|6000000000|USD",
      "The cheque is $4-6bn, people said.|RANGE|4000000000|6000000000|USD",
      "It weighs $4 billion to $6 billion for the deal.|RANGE|4000000000|6000000000|USD",
      "The round could close at around $100 billion.|APPROX|100000000000||USD",
      "They invested roughly €600 million in the startup.|APPROX|600000000||EUR",
      "It committed at least $1 billion to the startup.|AT_LEAST|1000000000||USD",
      "It has put more than $13 billion into the lab.|AT_LEAST|13000000000||USD",
      "It raised a $300 million Series C.|EXACT|300000000||USD",
      "They wired $1.25B to the company.|EXACT|1250000000||USD",
      "The insurer will invest Rs 1,500 crore in the unit.|EXACT|15000000000||INR",
      "The plan needs ₹2 lakh crore over five years.|EXACT|2000000000000||INR",
      "The round brought in 1.000.000 euros.|EXACT|1000000||EUR",
      "The lab raised 2,5 billion euros, the paper wrote.|EXACT|2500000000||EUR",
      "The telecom group raised INR 500 crore from the fund.|EXACT|5000000000||INR",
      "The state committed ₹75 lakh to the pilot.|EXACT|7500000||INR",
      "It put in about 3,000 crore rupees last year.|APPROX|30000000000||INR"})
  void readsEveryWrittenFormOfAnAmount(String text, String kind, String figure, String upper, String currency) {
    Amount a = only(text);
    assertThat(a.kind()).isEqualTo(Amount.Kind.valueOf(kind));
    assertThat(a.figure()).isEqualByComparingTo(new BigDecimal(figure));
    assertThat(a.upper().map(BigDecimal::toPlainString)).isEqualTo(
        upper == null ? Optional.empty() : Optional.of(new BigDecimal(upper).toPlainString()));
    assertThat(a.currency()).isEqualTo(currency);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The retailer has poured billions into the lab.",
      "It mulls a multibillion-dollar bet on the startup.",
      "The commitment is worth several billion dollars."})
  void givesNoFigureForVagueAmounts(String text) {
    List<Money> found = parse(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).vague()).isTrue();
  }

  @Test
  void ignoresPlainNumbersYearsAndPercentages() {
    assertThat(parse("In 2023 it cut 16,000 jobs and shares rose 2.7% on Monday.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "It raised $6 billion at an $80 billion valuation.|ROUND|VALUATION",
      "The startup is valued at $20 billion after it took $2 billion.|VALUATION|INVESTMENT",
      "It expects $125 billion in capital expenditures and a $10 billion stake.|CAPEX|INVESTMENT",
      "It opened an $11 billion data center campus and the stock was trading at $203.19.|SPENDING|PRICE",
      "It signed a $250 billion cloud contract and booked $5 billion in revenue.|CONTRACT|REVENUE"})
  void readsTheRoleOfEachAmountFromItsNeighbours(String text, String first, String second) {
    List<Money> found = parse(text);
    assertThat(found).extracting(Money::role)
        .containsExactly(AmountRole.valueOf(first), AmountRole.valueOf(second));
  }
}
