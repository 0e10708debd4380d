package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Statements about one pair fold into one record per deal, with the right amount shape and status. */
class DealConsolidationTest {

  @Test
  void keepsAnEarlierAndANewDealOfOnePairApart() {
    Extraction e = extract("Globex will invest up to $6 billion in Initech, on top of its previous $2 billion "
        + "investment.");
    assertThat(e.investments()).hasSize(2);
    assertThat(e.investments()).anySatisfy(i -> {
      assertThat(i.amount().orElseThrow().kind()).isEqualTo(Amount.Kind.UP_TO);
      assertThat(i.status()).isEqualTo(Status.ANNOUNCED);
    });
    assertThat(e.investments()).anySatisfy(i -> {
      assertThat(i.amount().orElseThrow().figure()).isEqualByComparingTo("2000000000");
      assertThat(i.status()).isEqualTo(Status.COMPLETED);
    });
  }

  @Test
  void foldsATrancheIntoItsDeal() {
    Extraction e = extract("Globex will invest up to $8 billion in Initech.",
        "Globex will initially invest $2 billion, with the rest tied to milestones.");
    assertThat(e.investments()).singleElement().satisfies(i -> {
      assertThat(i.amount().orElseThrow().figure()).isEqualByComparingTo("8000000000");
      assertThat(i.tranches()).extracting(Amount::figure).containsExactly(new BigDecimal("2000000000"));
    });
  }

  @Test
  void letsTheMostAdvancedStageWin() {
    Extraction e = extract("Hooli is reportedly considering an investment in Vandelay Labs.",
        "People familiar with the matter said Hooli is in advanced talks to invest $700 million in Vandelay Labs.");
    assertThat(e.investments()).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(Status.IN_TALKS));
  }

  @Test
  void prefersTheQualifiedFigureOfTheBodyToTheHeadline() {
    Extraction e = extract("Hooli Eyes $5B Initech Investment",
        "Hooli is weighing an investment of up to $5 billion in Initech.");
    assertThat(e.investments()).singleElement()
        .satisfies(i -> assertThat(i.amount().orElseThrow().kind()).isEqualTo(Amount.Kind.UP_TO));
  }

  @Test
  void marksAWithdrawnDeal() {
    Extraction e = extract("Kasumi Group has pulled out of talks to invest in Cyberdyne.");
    assertThat(e.investments()).singleElement()
        .satisfies(i -> assertThat(i.status()).isEqualTo(Status.WITHDRAWN));
  }

  @Test
  void givesAnAmountNamedByADescriptionToTheDealBefore() {
    Extraction e = extract("Globex is in talks to raise its stake in Initech.",
        "The potential investment, which could total between $3 billion and $5 billion, would be its largest.");
    assertThat(e.investments()).singleElement().satisfies(i -> {
      assertThat(i.amount().orElseThrow().kind()).isEqualTo(Amount.Kind.RANGE);
      assertThat(i.status()).isEqualTo(Status.IN_TALKS);
    });
  }

  @Test
  void pointsEvidenceAtTheExactSentence() {
    String first = "Markets were calm.";
    String second = "Globex invested $1 billion in Initech.";
    Extraction e = extract(first + " " + second);
    Evidence evidence = e.investments().get(0).evidence();
    assertThat((first + " " + second).substring(evidence.start(), evidence.end())).isEqualTo(evidence.sentence())
        .isEqualTo(second);
    assertThat(evidence.confidence()).isBetween(0.01, 1.0);
  }

  @Test
  void givesAFigureStatedWithoutStageOrTimeToThePairsClosedDeal() {
    Extraction e = extract("Quanta AI has closed a $9 million seed round led by Tessier Capital.",
        "Tessier Capital increased its cheque to $5 million after another backer left.");
    assertThat(e.investments()).singleElement().satisfies(i -> {
      assertThat(i.amount().orElseThrow().figure()).isEqualByComparingTo("5000000");
      assertThat(i.status()).isEqualTo(Status.COMPLETED);
    });
  }

  @Test
  void keepsAFigureWithItsOwnStageApartFromAClosedDeal() {
    Extraction e = extract("Quanta AI has closed a $9 million seed round led by Tessier Capital.",
        "Tessier Capital is in talks to invest a further $20 million in Quanta AI next year.");
    assertThat(e.investments()).extracting(Investment::status)
        .containsExactlyInAnyOrder(Status.COMPLETED, Status.IN_TALKS);
  }

  @Test
  void readsCompletesAsACompletedDeal() {
    Extraction e = extract("Hooli completes its $3 billion investment in Vandelay Labs with a final payment.");
    assertThat(e.investments()).singleElement().extracting(Investment::status).isEqualTo(Status.COMPLETED);
  }

  @Test
  void foldsAStatementWithoutStageOrTimeIntoThePairsDeal() {
    Extraction e = extract("Quanta AI raised $6 billion from Cyberdyne and Tessier Capital.",
        "The chipmaker's contribution was not disclosed.");
    assertThat(e.investments()).filteredOn(i -> i.investor().name().equals("Cyberdyne")).singleElement()
        .extracting(Investment::status).isEqualTo(Status.COMPLETED);
  }

  @Test
  void readsWouldAfterAnnouncedThatAsAnnounced() {
    Extraction e = extract("At the annual meeting, the founder announced that Hooli would invest $300 million in"
        + " Quanta AI.");
    assertThat(e.investments()).singleElement().extracting(Investment::status).isEqualTo(Status.ANNOUNCED);
  }

  @Test
  void keepsWouldFromAnonymousSourcesRumored() {
    Extraction e = extract("People familiar with the matter said Hooli would invest $300 million in Quanta AI.");
    assertThat(e.investments()).singleElement().extracting(Investment::status).isEqualTo(Status.RUMORED);
  }

  @Test
  void readsACompanySayingItWouldInvestAsAnnounced() {
    Extraction e = extract("Cyberdyne reported record sales.",
        "The chipmaker said on Tuesday it would invest $200 million in Quanta AI.");
    assertThat(e.investments()).singleElement().extracting(Investment::status).isEqualTo(Status.ANNOUNCED);
  }
}
