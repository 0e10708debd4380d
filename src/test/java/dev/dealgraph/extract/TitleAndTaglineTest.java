package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An employer named in a person's title is no party, and a capitalised tagline after a name is that name's
 * description, never a second organization.
 */
class TitleAndTaglineTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Brevik, started by ex-Globex engineering head Lina Sato, has raised $45 million in a round co-led by Hooli "
          + "and Kasumi Group.",
      "Brevik, founded by former Globex research chief Ana Ruiz, raised $200m in a round co-led by Hooli and "
          + "Kasumi Group."})
  void givesTheRoundToTheCompanyNotToTheFoundersFormerEmployer(String text) {
    Extraction e = extract(text);
    assertThat(pairs(e)).containsExactlyInAnyOrder("Hooli -> Brevik", "Kasumi Group -> Brevik");
    assertThat(e.rounds()).extracting(r -> r.investee().name()).containsExactly("Brevik");
  }

  @Test
  void makesNoPartyOfAnEmployerInATitleEvenWhenTheCompanyIsUnreached() {
    Extraction e = extract("Brevik, which was set up by former Globex research chief Ana Ruiz, raised $200m in a "
        + "round co-led by Hooli and Kasumi Group.");
    assertThat(pairs(e)).noneMatch(p -> p.endsWith("Globex"));
    assertThat(e.rounds()).noneMatch(r -> r.investee().name().equals("Globex"));
  }

  @Test
  void readsATaglineAsTheNameBeforeIt() {
    Extraction e = extract("Solvane raises $120 million",
        "Solvane, the Autonomous Logistics Cloud, today announced it has raised $120 million in Series B funding "
            + "led by Tessier Capital. The Autonomous Logistics Cloud will open offices in Lisbon.");
    assertThat(pairs(e)).containsExactly("Tessier Capital -> Solvane");
    assertThat(e.rounds()).extracting(r -> r.investee().name()).containsExactly("Solvane");
    assertThat(e.mentions()).filteredOn(m -> m.text().contains("Logistics Cloud"))
        .allMatch(m -> m.entity().name().equals("Solvane"));
  }

  @Test
  void readsATaglineAfterAKnownName() {
    Extraction e = extract("Quanta AI, the Enterprise Reasoning Platform, said it has raised $75 million from "
        + "Northwind Fund.");
    assertThat(pairs(e)).containsExactly("Northwind Fund -> Quanta AI");
  }

  @Test
  void keepsAListWhoseMemberHasATitleCasedName() {
    Extraction e = extract("Hooli, the Tessier Capital, and Kasumi Group invested in Initech.");
    assertThat(pairs(e)).contains("Kasumi Group -> Initech");
  }
}
