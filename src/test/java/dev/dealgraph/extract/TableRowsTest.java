package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A table of funding rounds gives each row's leads and investors to the row's company, and its total to the round. */
class TableRowsTest {

  private static final String HEADING = "Company | Round | Amount | Lead investor(s) | Other investors";

  @Test
  void givesEveryLeadAndInvestorOfARowToTheRowsCompany() {
    Extraction e = extract("Rounds of the week", "Three robotics companies closed rounds this week.", HEADING,
        "Cyberdyne | Series B (May 2025) | $40 million | Tessier Capital | Orrin Ventures, Halvard Partners",
        "Brellis | Seed | $3 million | Quay Ventures | Lumen Angels (returning) and Tarn Capital");

    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Orrin Ventures -> Cyberdyne",
        "Halvard Partners -> Cyberdyne", "Quay Ventures -> Brellis", "Lumen Angels -> Brellis",
        "Tarn Capital -> Brellis");
    assertThat(e.investments()).allSatisfy(i -> assertThat(i.amount()).isEmpty());
  }

  @Test
  void readsAColumnByTheKnownWordsOfALongerHeading() {
    assertThat(pairs(extract("Rounds of the week", "| Company | Round | Lead | Other backers mentioned |",
        "| --- | --- | --- | --- |", "| Cyberdyne | Series B | Tessier Capital | Orrin Ventures, Zorvex, Hooli |")))
        .containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Orrin Ventures -> Cyberdyne",
            "Zorvex -> Cyberdyne", "Hooli -> Cyberdyne");
  }

  @Test
  void makesTheAmountColumnTheRoundsTotalWithItsSeries() {
    Extraction e = extract("Rounds of the week", HEADING,
        "Cyberdyne | Series B | $40 million | Tessier Capital | Orrin Ventures");

    assertThat(e.rounds()).singleElement().satisfies(r -> {
      assertThat(r.investee().name()).isEqualTo("Cyberdyne");
      assertThat(r.series()).contains("Series B");
      assertThat(r.amount()).hasValueSatisfying(a -> assertThat(a.figure()).isEqualByComparingTo("40000000"));
    });
  }

  @Test
  void readsATableWrittenAsPlainTextLinesWithOuterBarsAndARuleUnderItsHeading() {
    assertThat(pairs(extract("Rounds of the week", "| Startup | Lead | Investors |", "|---|---|---|",
        "| Cyberdyne | Tessier Capital | Orrin Ventures |")))
        .containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Orrin Ventures -> Cyberdyne");
  }

  @Test
  void givesTheRowsOfATableWithoutACompanyColumnToTheArticlesCompany() {
    assertThat(pairs(extract("Cyberdyne's backers", "Cyberdyne has raised money three times since 2021.",
        "Round | Date | Lead", "Seed | 2021 | Orrin Ventures", "Series A | 2023 | Tessier Capital")))
        .containsExactlyInAnyOrder("Orrin Ventures -> Cyberdyne", "Tessier Capital -> Cyberdyne");
  }

  @Test
  void readsNoInvestmentFromATableWithoutInvestorColumns() {
    assertThat(pairs(extract("Robot makers", "Cyberdyne and Brellis build warehouse robots.",
        "Company | Revenue | Staff", "Cyberdyne | $12 million | 140", "Brellis | $3 million | 35"))).isEmpty();
  }

  @Test
  void endsTheTableAtTheFirstLineWithOtherCells() {
    assertThat(pairs(extract("Rounds", HEADING, "Cyberdyne | Series B | $40 million | Tessier Capital | -",
        "Hooli raised $5 million from Quay Ventures last year.")))
        .containsExactlyInAnyOrder("Tessier Capital -> Cyberdyne", "Quay Ventures -> Hooli");
  }
}
