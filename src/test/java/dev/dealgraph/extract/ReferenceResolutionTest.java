package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Descriptions, unknown names and denials that decide which organizations a statement is about. */
class ReferenceResolutionTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "The startup competes with Hooli and Initech in warehouse software.",
      "The young company competes with Hooli and Initech in warehouse software.",
      "The Oslo-based startup competes with Hooli and Initech in warehouse software."})
  void resolvesADescriptionToAnUnknownSubjectCompany(String sentence) {
    Extraction e = extract("Quillon Robotics raised $40 million from Tessier Capital and Orrin Ventures.",
        "Greywell Partners and Lumen Ventures joined the round.", sentence);
    assertThat(rivals(e)).containsExactlyInAnyOrder("Hooli ~ Quillon Robotics", "Initech ~ Quillon Robotics");
  }

  @Test
  void neverResolvesAnXBackedDescriptionToItsBacker() {
    Extraction e = extract("Quillon Robotics raised $40 million in a Series B round.",
        "SoftBank's Vision Fund also joined.",
        "The SoftBank-backed company competes with Initech.");
    assertThat(rivals(e)).containsExactly("Initech ~ Quillon Robotics");
  }

  @Test
  void readsADescriptionInAppositionAsTheNameBeforeIt() {
    Extraction e = extract("Quillon Robotics closed a $12 million seed round led by Tessier Capital.",
        "A report said Halden & Crane, the listed logistics group, was in talks to invest in the start-up.",
        "Halden & Crane said it has no plans to invest in Quillon Robotics.");
    assertThat(pairs(e)).containsExactly("Tessier Capital -> Quillon Robotics");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "1789 Capital, Orrin Ventures and Chengdu Hi-tech Investment were among the new and existing investors that"
          + " also took part.",
      "1789 Capital, Orrin Ventures and Chengdu Hi-tech Investment were among the investors."})
  void keepsNamesOpeningWithANumberOrHoldingAHyphenatedWordWhole(String sentence) {
    Extraction e = extract("Quillon Robotics raised $90 million in a Series C round.", sentence);
    assertThat(pairs(e)).containsExactlyInAnyOrder("1789 Capital -> Quillon Robotics",
        "Orrin Ventures -> Quillon Robotics", "Chengdu Hi-tech Investment -> Quillon Robotics");
  }

  @Test
  void keepsAPlaceThatOpensAnInstitutionName() {
    Extraction e = extract("Quillon Robotics raised $90 million in a Series C round.",
        "Korea Development Bank and TWG Global were among its backers.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Korea Development Bank -> Quillon Robotics",
        "TWG Global -> Quillon Robotics");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Hooli called reports that it would invest in Quillon Robotics false.",
      "Hooli said reports that it planned to back Quillon Robotics were untrue.",
      "Hooli, which sells it cloud capacity, holds no stake in Quillon Robotics."})
  void reportsNoDealThatTheArticleDeniesAfterTheFact(String sentence) {
    assertThat(pairs(extract("Quillon Robotics raised $40 million from Tessier Capital.", sentence)))
        .containsExactly("Tessier Capital -> Quillon Robotics");
  }

  @Test
  void givesEachNamedChequeItsOwnAmountAndTheSubjectCompanyItsInvestors() {
    Extraction e = extract("Quillon Robotics has raised $675 million from a group of investors.",
        "Orrin Ventures and Tessier Capital came in as new investors.",
        "Hooli put $95 million into the company, a person familiar with the matter said.",
        "Initech wrote a $50 million cheque to Quillon Robotics.");
    assertThat(e.investments()).filteredOn(i -> i.amount().isPresent())
        .extracting(i -> i.investor().name() + " -> " + i.investee().name() + " " + i.amount().get().text())
        .containsExactlyInAnyOrder("Hooli -> Quillon Robotics $95 million",
            "Initech -> Quillon Robotics $50 million");
  }

  @Test
  void takesTheFigureBeforeAGlossInParentheses() {
    Extraction e = extract("Quillon Robotics received a \u20a9250 billion (about $180 million) injection from Hooli.");
    assertThat(e.investments()).filteredOn(i -> i.amount().isPresent())
        .extracting(i -> i.amount().get().currency()).containsExactly("KRW");
  }
}
