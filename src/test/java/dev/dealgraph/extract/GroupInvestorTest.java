package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Members of a group of investors ("angels", "individuals") invest in the company; the group names no one itself. */
class GroupInvestorTest {

  private static final String OPENING = "Vandelay Labs closed a $120 million Series B round led by Hooli on Tuesday.";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "A handful of individuals also invested, including Idris Okafor and Lucan Pereira.",
      "A long list of individuals also backed the company, among them Idris Okafor and Lucan Pereira.",
      "Business angels are also on board: Idris Okafor and Lucan Pereira.",
      "Individual investors such as Idris Okafor and Lucan Pereira also took part.",
      "The start-up is also backed by angels including Idris Okafor and Lucan Pereira.",
      "Idris Okafor and Lucan Pereira are both investors."})
  void readsTheMembersOfAGroupOfInvestorsAsInvestors(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).containsExactlyInAnyOrder("Hooli -> Vandelay Labs",
        "Idris Okafor -> Vandelay Labs", "Lucan Pereira -> Vandelay Labs");
  }

  @Test
  void readsThePersonBehindAnEmployersTitleInAListBeforeACopula() {
    assertThat(pairs(extract(OPENING,
        "Idris Okafor, Lucan Pereira and Cyberdyne chief executive Mira Tanaka are all investors.")))
        .containsExactlyInAnyOrder("Hooli -> Vandelay Labs", "Idris Okafor -> Vandelay Labs",
            "Lucan Pereira -> Vandelay Labs", "Mira Tanaka -> Vandelay Labs");
  }

  @Test
  void readsTheCoFounderRatherThanTheCompanyHeFoundedInAList() {
    assertThat(pairs(extract(OPENING,
        "Backers included Initech, Cyberdyne co-founder Idris Okafor and Globex's chief scientist Lucan Pereira.")))
        .containsExactlyInAnyOrder("Hooli -> Vandelay Labs", "Initech -> Vandelay Labs",
            "Idris Okafor -> Vandelay Labs", "Lucan Pereira -> Vandelay Labs");
  }

  @Test
  void readsPeopleBehindTheTitlesOfTheirEmployersThroughoutAList() {
    assertThat(pairs(extract(OPENING, "A group of individuals also invested, including Globex chief executive Mira"
        + " Tanaka, Initech co-founder Idris Okafor, Cyberdyne co-founder Lucan Pereira and former Hooli chief"
        + " Sara Lind.")))
        .containsExactlyInAnyOrder("Hooli -> Vandelay Labs", "Mira Tanaka -> Vandelay Labs",
            "Idris Okafor -> Vandelay Labs", "Lucan Pereira -> Vandelay Labs", "Sara Lind -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Several funds have invested in start-ups, including Initech and Cyberdyne.",
      "Vandelay Labs sells to groups including Initech and Cyberdyne.",
      "Tech groups such as Initech have invested heavily in Cyberdyne.",
      "Customers such as Initech and Cyberdyne are all users of its models."})
  void readsNoGroupInvestorsWhereTheListNamesObjectsOrCustomers(String sentence) {
    assertThat(pairs(extract(OPENING, sentence))).doesNotContain("Initech -> Vandelay Labs",
        "Cyberdyne -> Vandelay Labs");
  }

  @Test
  void makesNoPeopleRivals() {
    assertThat(Fixtures.rivals(extract(OPENING,
        "Idris Okafor and Lucan Pereira are both investors.", "Vandelay Labs competes with Initech.")))
        .containsExactly("Initech ~ Vandelay Labs");
  }
}
