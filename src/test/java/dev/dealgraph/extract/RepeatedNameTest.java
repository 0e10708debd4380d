package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A one-word company that nothing describes is recognised once the article keeps naming it inside sentences. */
class RepeatedNameTest {

  @Test
  void makesARepeatedUnknownWordTheCompanyThatRaised() {
    Extraction e = extract("PORTO, June 2, 2025 -- Lumora, the shared workspace for architects, today said it has"
        + " raised $40 million in a round co-led by Tessier Capital and Orrin Ventures.",
        "The financing values Lumora at $300 million.",
        "Two partners will join the board of Lumora.",
        "Lumora will use the money to hire in Lisbon.",
        "Architects who use Lumora say it saves them hours.");
    assertThat(pairs(e)).containsExactlyInAnyOrder("Tessier Capital -> Lumora", "Orrin Ventures -> Lumora");
  }

  @Test
  void leavesAWordCapitalisedOnceOrTwiceUnnamed() {
    Extraction e = extract("Cyberdyne said it has raised $40 million from Tessier Capital.",
        "Its chip, Quill, ships in May, and the Quill team will double.");
    assertThat(pairs(e)).containsExactly("Tessier Capital -> Cyberdyne");
    assertThat(e.mentions()).noneMatch(m -> m.entity().name().equals("Quill"));
  }

  @Test
  void leavesASurnameThatSpeaksOutOfTheCompanies() {
    Extraction e = extract("Cyberdyne said it has raised $40 million from Tessier Capital.",
        "The deal, Brandt said, gives Brandt room to hire.", "Investors trust Brandt.",
        "Engineers follow Brandt from job to job.");
    assertThat(e.mentions()).noneMatch(m -> m.entity().name().equals("Brandt"));
  }
}
