package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A letter of intent to weigh an investment is talks: the company that signs it raises, the other side invests. */
class LetterOfIntentTest {

  @Test
  void readsALetterOfIntentToEvaluateAnInvestmentAsTalksWithItsSum() {
    assertThat(deals(extract("Vandelay Labs signed a letter of intent with Kasumi Group to evaluate a ¥15 billion "
        + "strategic investment as part of its next round.")))
        .containsExactly("Kasumi Group -> Vandelay Labs EXACT 15000000000 JPY IN_TALKS");
  }

  @Test
  void keepsALetterOfIntentToInvestAnnounced() {
    assertThat(deals(extract("Hooli signed a letter of intent to invest up to $2 billion in Initech.")))
        .containsExactly("Hooli -> Initech UP_TO 2000000000 USD ANNOUNCED");
  }

  @Test
  void readsTalksToExploreARoundWithEveryPartner() {
    assertThat(deals(extract("Quanta AI is in talks with Tessier Capital and Northwind to explore a new funding "
        + "round."))).containsExactly("Tessier Capital -> Quanta AI none IN_TALKS",
        "Northwind Fund -> Quanta AI none IN_TALKS");
  }

  @Test
  void readsNoInvestmentFromALetterOfIntentAboutSomethingElse() {
    assertThat(deals(extract("Vandelay Labs signed a letter of intent with Globex to evaluate a joint data centre "
        + "in Norway."))).isEmpty();
    assertThat(deals(extract("Cyberdyne is in talks with Hooli to discuss a chip supply contract."))).isEmpty();
  }

  private static List<String> deals(Extraction e) {
    return e.investments().stream().map(i -> i.investor().name() + " -> " + i.investee().name() + " "
        + i.amount().map(a -> a.kind() + " " + a.figure().toBigInteger() + " " + a.currency()).orElse("none") + " "
        + i.status()).toList();
  }
}
