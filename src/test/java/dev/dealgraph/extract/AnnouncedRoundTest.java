package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A company that announces a sum told as funding ("announced $250 million in new funding", "disclosed $40 million
 * at a $300 million valuation") raises a round, which the investors named next join; a sum told as anything
 * else is no round.
 */
class AnnouncedRoundTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech announced $250 million at a $3 billion valuation this week.",
      "Initech announced $250 million in new funding on Tuesday.",
      "Initech disclosed about $250 million in fresh financing.",
      "On Monday Initech confirmed $250 million of Series C funding."})
  void givesTheInvestorsNamedNextToTheCompanyThatAnnouncedTheSum(String announcement) {
    assertThat(pairs(extract(announcement, "Tessier Capital led, with participation from Kasumi Group.")))
        .contains("Tessier Capital -> Initech", "Kasumi Group -> Initech");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Initech announced $250 million for two new data centres.",
      "Initech announced $250 million in quarterly revenue.",
      "Initech unveiled a $250 million plan to build chips."})
  void readsNoRoundFromASumAnnouncedForAnythingElse(String announcement) {
    assertThat(pairs(extract(announcement, "Tessier Capital led, with participation from Kasumi Group.")))
        .noneMatch(p -> p.endsWith("-> Initech"));
  }
}
