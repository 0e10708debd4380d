package dev.dealgraph.extract;

import static dev.dealgraph.extract.AmountAttachmentTest.deals;
import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verbs that state an investment only with a particle or before a sum: "chipped in $N", "provided $N of its round". */
class ParticleVerbAmountTest {

  @Test
  void givesTheSumChippedInByADescribedInvestorToTheArticleSubject() {
    assertThat(deals(extract("Quanta AI drew new money from Kasumi Group, the Osaka conglomerate, this month.",
        "The conglomerate pitched in €35m.")))
        .containsExactly("Kasumi Group -> Quanta AI EXACT 35000000 EUR");
  }

  @Test
  void readsTheOwnerOfTheRoundAfterAProvidedSumAsTheInvestee() {
    Extraction e = extract("Northwind provided $60 million of Initech's second financing round, which came to "
        + "$64 million in all.");
    assertThat(deals(e)).containsExactly("Northwind Fund -> Initech EXACT 60000000 USD");
    assertThat(e.rounds()).extracting(r -> r.amount().map(a -> a.figure().toBigInteger().toString()).orElse(""))
        .containsExactly("64000000");
  }

  @Test
  void readsTheSumAddedBySecondInvestorAfterWhile() {
    assertThat(deals(extract("Initech closed a new round this week.", "Northwind contributed $30 million, while "
        + "Hooli added $10 million."))).containsExactly("Northwind Fund -> Initech EXACT 30000000 USD",
        "Hooli -> Initech EXACT 10000000 USD");
  }

  @Test
  void readsNoInvestmentFromAddedWithoutASum() {
    assertThat(deals(extract("Initech closed a new round this week.", "Hooli added that demand was strong.")))
        .isEmpty();
  }

  @Test
  void readsNoInvestmentIntoChipsOrServicesProvided() {
    assertThat(deals(extract("Hooli chips away at the costs of Cyberdyne."))).isEmpty();
    assertThat(deals(extract("Hooli has since used its chips in the servers of Cyberdyne."))).isEmpty();
    assertThat(deals(extract("Globex provided data-centre capacity to Initech last year."))).isEmpty();
    assertThat(deals(extract("Cyberdyne supplies chips to Vandelay Labs."))).isEmpty();
  }
}
