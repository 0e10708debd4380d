package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each sum goes to its own company, and the price paid for a stake is the investment. */
class SumPerCompanyTest {

  private static Map<String, String> sums(Extraction e) {
    return e.investments().stream().collect(Collectors.toMap(i -> i.investor().name() + " -> " + i.investee().name(),
        i -> i.amount().map(a -> a.currency() + " " + a.figure().toBigInteger()).orElse("none")));
  }

  @Test
  void givesSumsStatedRespectivelyToTheCompaniesInOrder() {
    assertThat(sums(extract("Hooli put £60m and $90m into Cyberdyne and Initech respectively.")))
        .containsOnly(Map.entry("Hooli -> Cyberdyne", "GBP 60000000"), Map.entry("Hooli -> Initech", "USD 90000000"));
  }

  @Test
  void givesEachSumTheCompanyAfterIt() {
    assertThat(sums(extract("Hooli invested €25 million in Cyberdyne, and C$40 million in Initech.")))
        .containsOnly(Map.entry("Hooli -> Cyberdyne", "EUR 25000000"), Map.entry("Hooli -> Initech", "CAD 40000000"));
  }

  @Test
  void leavesASecondSumWithoutACompanyToNoOne() {
    assertThat(sums(extract("Hooli invested €25 million in Cyberdyne and €10 million in 2024.")))
        .containsOnly(Map.entry("Hooli -> Cyberdyne", "EUR 25000000"));
  }

  @Test
  void readsThePricePaidForAStakeAsTheInvestment() {
    Extraction e = extract("Hooli paid $120 million for a 30% stake in Cyberdyne.");
    assertThat(sums(e)).containsOnly(Map.entry("Hooli -> Cyberdyne", "USD 120000000"));
    assertThat(e.investments()).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(Status.COMPLETED));
  }

  @Test
  void givesNoPriceToAStakeTakenApartFromAPurchase() {
    assertThat(sums(extract("Hooli paid $120 million for servers, and took a stake in Cyberdyne.")))
        .containsOnly(Map.entry("Hooli -> Cyberdyne", "none"));
  }

  @Test
  void givesTheSumToTheOnlySourceBeforeASecondPredicate() {
    assertThat(sums(extract("Cyberdyne raised $60 million from Hooli and will rent servers from Globex.")))
        .containsOnly(Map.entry("Hooli -> Cyberdyne", "USD 60000000"));
  }

  @Test
  void sharesTheSumWithUnnamedSourcesAfterAnd() {
    assertThat(sums(extract("Cyberdyne raised $60 million from Hooli and European pension funds.")))
        .containsOnly(Map.entry("Hooli -> Cyberdyne", "none"));
  }

  @Test
  void givesASumStatedEachToEveryInvestor() {
    assertThat(sums(extract("Cyberdyne raised $90 million in a Series B.",
        "Hooli, Globex and Tessier Capital invested ¥2 billion each.")))
        .containsOnly(Map.entry("Hooli -> Cyberdyne", "JPY 2000000000"), Map.entry("Globex -> Cyberdyne",
            "JPY 2000000000"), Map.entry("Tessier Capital -> Cyberdyne", "JPY 2000000000"));
  }

  @Test
  void leavesASharedSumWithoutEachToNoInvestor() {
    assertThat(sums(extract("Hooli and Globex invested ¥2 billion in Cyberdyne.")))
        .containsOnly(Map.entry("Hooli -> Cyberdyne", "none"), Map.entry("Globex -> Cyberdyne", "none"));
  }
}
