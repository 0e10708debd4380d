package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each phrasing of an investment, in sentences written for these tests, yields the right pair. */
class InvestmentPhrasingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Globex will invest $2 billion in Initech, the companies said.|Globex -> Initech",
      "Globex has poured billions into Initech since 2021.|Globex -> Initech",
      "Tessier Capital backs Vandelay Labs in its first robotics bet.|Tessier Capital -> Vandelay Labs",
      "Initech, backed by Globex, opened an office in Oslo.|Globex -> Initech",
      "Vandelay Labs has been funded by Tessier Capital since its first year.|Tessier Capital -> Vandelay Labs",
      "The Globex-backed lab Initech hired forty engineers.|Globex -> Initech",
      "The investment by Hooli in Vandelay Labs closed on Friday.|Hooli -> Vandelay Labs",
      "Hooli's $300 million investment in Initech gives it a board seat.|Hooli -> Initech",
      "Kasumi Group took a 10% stake in Initech last spring.|Kasumi Group -> Initech",
      "Tessier Capital, an early investor in Initech, sold none of its shares.|Tessier Capital -> Initech",
      "Initech's backers include Tessier Capital.|Tessier Capital -> Initech",
      "Globex said it would commit $500 million to Vandelay Labs over three years.|Globex -> Vandelay Labs",
      "Northwind injected $1 billion into Cyberdyne in March.|Northwind Fund -> Cyberdyne",
      "Hooli is in talks to invest up to $4 billion in Initech.|Hooli -> Initech",
      "Hooli, another Initech backer, holds about 9% of the start-up.|Hooli -> Initech",
      "Initech, which counts Globex among its investors, hired staff.|Globex -> Initech"})
  void findsTheInvestorAndTheInvestee(String text, String pair) {
    assertThat(pairs(extract(text))).containsExactly(pair);
  }

  @Test
  void givesEachCoordinatedInvestorItsOwnDeal() {
    assertThat(pairs(extract("Globex and Hooli have both invested in Vandelay Labs.")))
        .containsExactlyInAnyOrder("Globex -> Vandelay Labs", "Hooli -> Vandelay Labs");
  }

  @Test
  void readsARoundWithLeadAndParticipants() {
    Extraction e = extract("Vandelay Labs raised $120 million in a Series B round led by Tessier Capital, with "
        + "participation from Hooli and Kasumi Group.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Vandelay Labs", "Hooli -> Vandelay Labs",
        "Kasumi Group -> Vandelay Labs");
    assertThat(e.investments()).allMatch(i -> i.amount().isEmpty());
    Round round = e.rounds().get(0);
    assertThat(round.investee().name()).isEqualTo("Vandelay Labs");
    assertThat(round.series()).contains("Series B");
    assertThat(round.amount().orElseThrow().figure()).isEqualByComparingTo(new BigDecimal("120000000"));
    assertThat(round.leads()).extracting(Entity::name).containsExactly("Tessier Capital");
    assertThat(round.participants()).extracting(Entity::name).containsExactly("Hooli", "Kasumi Group");
  }

  @Test
  void givesASoleBackerTheWholeRound() {
    Extraction e = extract("Initech raised $40 million from Kasumi Group.");
    assertThat(e.investments()).singleElement()
        .satisfies(i -> assertThat(i.amount().orElseThrow().figure()).isEqualByComparingTo("40000000"));
  }

  @Test
  void keepsTheWholeSumForASoleBackerNamedBeforeAReportingClause() {
    Extraction e = extract("Initech has secured $70 million from Tessier Capital, people familiar with the deal said.",
        "Existing backers Hooli and Kasumi Group also put in money.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Initech", "Hooli -> Initech",
        "Kasumi Group -> Initech");
    assertThat(e.investments()).filteredOn(i -> i.investor().name().equals("Tessier Capital")).singleElement()
        .satisfies(i -> assertThat(i.amount()).isPresent());
  }

  @Test
  void completesALaterParticipationFromTheRoundBefore() {
    Extraction e = extract("Vandelay Labs has raised $30 million in seed funding.",
        "The round was led by Tessier Capital. Hooli and Northwind also took part.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Vandelay Labs", "Hooli -> Vandelay Labs",
        "Northwind Fund -> Vandelay Labs");
  }

  @Test
  void resolvesDescriptionsAndPronounsToTheirInvestor() {
    Extraction e = extract("Globex is expanding its bet on models.",
        "The Springfield company said on Monday that it had agreed to invest $1 billion in Initech.");
    assertThat(pairs(e)).containsExactly("Globex -> Initech");
  }

  @Test
  void findsTheInvesteeOfARelativeClause() {
    Extraction e = extract("Globex keeps close ties with Initech, in which it already holds a stake.");
    assertThat(pairs(e)).containsExactly("Globex -> Initech");
  }
}
