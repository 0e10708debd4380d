package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "X is far from alone" followed by clauses that each give a peer its own work makes those peers X's rivals. */
class RivalPeerDiscourseTest {

  private static final String PEERS = "Quanta AI is far from alone. Initech is building a Portuguese speech model,"
      + " Hooli has launched its compact Brisa model, and Vandelay Labs and Lantern AI are each selling their own"
      + " models to banks. Cyberdyne, the Porto lab in which Tessier Capital invested in 2019, is also training its"
      + " own models.";

  @Test
  void readsEachCompanyGivenItsOwnClauseAfterNotAloneAsARival() {
    assertThat(rivals(extract(PEERS))).containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI",
        "Quanta AI ~ Vandelay Labs", "Lantern AI ~ Quanta AI", "Cyberdyne ~ Quanta AI");
  }

  @Test
  void readsAllOfTheseCompaniesAsTheCompanyNotAloneAndItsPeers() {
    assertThat(rivals(extract(PEERS + " All of these companies are competing with Globex, whose assistant is"
        + " popular in Portugal.")))
        .contains("Globex ~ Quanta AI", "Globex ~ Initech", "Globex ~ Hooli", "Globex ~ Vandelay Labs",
            "Globex ~ Lantern AI", "Cyberdyne ~ Globex")
        .noneMatch(pair -> pair.contains("Tessier"));
  }

  @Test
  void leavesCompaniesWhoseClausesInvestAlone() {
    assertThat(rivals(extract("Quanta AI is far from alone. Initech has invested in it, and Hooli has backed it"
        + " too."))).isEmpty();
  }

  @Test
  void readsTheseCompaniesAsTheListNamedJustBefore() {
    assertThat(rivals(extract("Initech, Hooli and Vandelay Labs sell speech models to call centres.",
        "These companies all compete with Cyberdyne.")))
        .containsExactlyInAnyOrder("Cyberdyne ~ Initech", "Cyberdyne ~ Hooli", "Cyberdyne ~ Vandelay Labs");
  }

  @Test
  void readsTheNamesApposedToADescribedGroupAfterCompetitionFromAsRivals() {
    assertThat(rivals(extract("Quanta AI faces competition from two directions. The largest labs, Initech and Hooli"
        + " among them, now sell assistants that connect to company data.")))
        .containsExactlyInAnyOrder("Initech ~ Quanta AI", "Hooli ~ Quanta AI");
  }
}
