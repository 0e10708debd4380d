package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Companies said to do the same as a rivalry's subject: "Like A, X competes with Y", "…, as is Z". */
class RivalSameTest {

  @Test
  void readsTheCompaniesOfALikeOpenerAsRivalsOfTheNamedRival() {
    assertThat(rivals(extract("Quanta AI sells chat tools.",
        "Like Globex and Hooli, Initech competes with Cyberdyne in banking.")))
        .containsExactlyInAnyOrder("Cyberdyne ~ Initech", "Cyberdyne ~ Globex", "Cyberdyne ~ Hooli");
  }

  @Test
  void readsALikeOpenerBeforeABackedCompanyAsNoRivalry() {
    assertThat(rivals(extract("Quanta AI sells chat tools.", "Like Globex, Initech is backed by Tessier Capital.")))
        .isEmpty();
  }

  @Test
  void readsTheCompanyOfAClosingAsIsAsARivalOfTheSameRival() {
    assertThat(rivals(extract("Quanta AI sells chat tools.",
        "Initech is vying with Hooli for developers, as is Cyberdyne.")))
        .containsExactlyInAnyOrder("Hooli ~ Initech", "Cyberdyne ~ Hooli");
  }

  @Test
  void leavesTheRivalsOfADescribedCompanyToTheSubjectAlone() {
    assertThat(rivals(extract("Quanta AI sells chat tools.",
        "Initech is vying with the company for developers, as is Cyberdyne.")))
        .containsExactly("Initech ~ Quanta AI");
  }

  @Test
  void readsTheNamesJoinedToTheSubjectByAlongWithAsMembersOfTheRace() {
    assertThat(rivals(extract("Quanta AI sells chat tools.",
        "Globex and Hooli, along with Initech, all vie for the same bank contracts.")))
        .containsExactlyInAnyOrder("Globex ~ Hooli", "Globex ~ Initech", "Hooli ~ Initech");
  }

  @Test
  void readsAnotherCompetitorInAppositionAsARivalOfTheArticlesSubject() {
    assertThat(rivals(extract("Quanta AI sells chat tools.",
        "Initech, a rival, and Hooli, another competitor, have both cut prices.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }

  @Test
  void readsARivalRepeatedAfterTheScopeOfAVerbWithItsObject() {
    assertThat(rivals(extract("Quanta AI sells chat tools.",
        "It goes up against Initech in Europe and against Hooli in the US.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }
}
