package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rivals named in lists, races, rivalries and follow-up sentences pair with the company they are rivals of. */
class RivalListTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Initech and Vandelay Labs are locked in a race for hospital contracts.|Initech ~ Vandelay Labs",
      "The Initech-Vandelay Labs rivalry has pushed prices down.|Initech ~ Vandelay Labs",
      "Initech's main rival Vandelay Labs cut prices.|Initech ~ Vandelay Labs",
      "Initech vs. Vandelay Labs is the contest to watch.|Initech ~ Vandelay Labs",
      "Initech, which also builds voice models, competes with Vandelay Labs.|Initech ~ Vandelay Labs"})
  void findsThePair(String text, String pair) {
    assertThat(rivals(extract(text))).containsExactly(pair);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"The company's main rival is Initech.", "It competes with Initech."})
  void resolvesTheCompanyToTheSubjectRatherThanAListedInvestor(String sentence) {
    assertThat(rivals(extract("Cyberdyne raised $50 million in a Series B round.",
        "Other investors in the round include Globex, Tessier Capital and Hooli.", sentence)))
        .containsExactly("Cyberdyne ~ Initech");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Cyberdyne sells robots to farms. Rivals such as Globex, Hooli and Initech sell them too.",
      "Cyberdyne sells robots to farms, competing against Globex, Hooli and Initech.",
      "Cyberdyne sells robots to farms. Its rivals Globex, Hooli and Initech sell them too.",
      "Cyberdyne sells robots to farms. Challengers including Globex, Hooli and Initech want in.",
      "Cyberdyne sells robots to farms. The company is locked in a race with Globex, Hooli and Initech.",
      "Cyberdyne sells robots to farms. Globex, Hooli and Initech are its main rivals.",
      "Cyberdyne sells robots to farms. Its rivals also include Globex, Hooli and Initech.",
      "Cyberdyne sells robots to farms. Rival makers such as Globex, Hooli and Initech sell them too."})
  void pairsEachListedRivalWithTheSubject(String text) {
    assertThat(rivals(extract(text))).containsExactlyInAnyOrder("Cyberdyne ~ Globex", "Cyberdyne ~ Hooli",
        "Cyberdyne ~ Initech");
  }

  @Test
  void keepsAListMemberFollowedByARelativeClauseInTheSubject() {
    assertThat(rivals(extract("Initech, which also builds voice models, and Hooli compete with Vandelay Labs.")))
        .containsExactlyInAnyOrder("Initech ~ Vandelay Labs", "Hooli ~ Vandelay Labs");
  }

  @Test
  void neverMakesADescriptionTheRivalOfItself() {
    assertThat(rivals(extract("Quillon Labs, a robotics start-up, raised $50 million from Globex.",
        "Its founder used to work at Initech. Initech trains large models, and Initech sells them to banks.",
        "Still, the new start-up is widely seen as a rival to Initech.")))
        .containsExactly("Initech ~ Quillon Labs");
  }
}
