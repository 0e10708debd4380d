package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.rivals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each phrasing of a rivalry yields its pairs; co-occurrence alone yields none. */
class CompetitorPhrasingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Initech competes with Vandelay Labs for hospital customers.|Initech ~ Vandelay Labs",
      "Hooli takes on Globex with a cheaper cloud.|Globex ~ Hooli",
      "Initech, a rival of Vandelay Labs, cut its prices.|Initech ~ Vandelay Labs",
      "The battle between Globex and Hooli moved to chips.|Globex ~ Hooli",
      "Globex vs Hooli: who wins the cloud?|Globex ~ Hooli",
      "Initech faces stiff competition from Vandelay Labs.|Initech ~ Vandelay Labs",
      "Vandelay Labs is vying with Initech for the same engineers.|Initech ~ Vandelay Labs",
      "Vandelay Labs is seen as the main challenger to Initech.|Initech ~ Vandelay Labs",
      "Globex's biggest rival, Hooli, reported results.|Globex ~ Hooli",
      "Initech and Vandelay Labs are fierce rivals.|Initech ~ Vandelay Labs",
      "Globex's own lab, Initech, is Hooli's main rival.|Hooli ~ Initech",
      "Hooli grew as it tried to keep up with Globex, its nearest rival, in search.|Globex ~ Hooli",
      "Initech competes with the likes of Vandelay Labs in schools.|Initech ~ Vandelay Labs",
      "Initech is going toe-to-toe with Vandelay Labs.|Initech ~ Vandelay Labs",
      "Initech is trying to catch up to Vandelay Labs.|Initech ~ Vandelay Labs",
      "Initech's assistant overtook Latex in downloads.|Initech ~ Vandelay Labs",
      "Initech is in a price war with Vandelay Labs.|Initech ~ Vandelay Labs",
      "Initech has emerged as a serious threat to Vandelay Labs.|Initech ~ Vandelay Labs",
      "Compared with rivals such as Globex, Initech spends little.|Globex ~ Initech",
      "Globex Electronics competes with Cyberdyne in sensors.|Cyberdyne ~ Globex Electronics",
      "Zorbit, Hooli's main domestic competitor, raised funds.|Hooli ~ Zorbit",
      "Globex and Hooli are in fierce competition in search.|Globex ~ Hooli",
      "Hooli is positioned against Globex in office software.|Globex ~ Hooli",
      "Initech is losing ground to Globex in search.|Globex ~ Initech",
      "Initech has lost market share to Globex since May.|Globex ~ Initech",
      "Initech trails Globex in downloads.|Globex ~ Initech",
      "The Globex rival Initech cut its prices.|Globex ~ Initech",
      "The Globex competitor Initech cut its prices.|Globex ~ Initech",
      "Initech is going after the same customers as Globex.|Globex ~ Initech",
      "Chatterbox is a Latex rival.|Initech ~ Vandelay Labs",
      "Initech counts Globex among its rivals.|Globex ~ Initech",
      "Hooli supplies chips to Initech and its rival Globex.|Globex ~ Initech",
      "Initech ranks second behind Globex in Europe.|Globex ~ Initech",
      "Initech is eating into Globex's market share.|Globex ~ Initech",
      "Initech is winning customers from Globex.|Globex ~ Initech",
      "Initech is hot on the heels of Globex.|Globex ~ Initech",
      "Initech poses a challenge to Globex.|Globex ~ Initech",
      "Initech is squeezed by Globex in Europe.|Globex ~ Initech",
      "Initech is competing head-to-head against Globex.|Globex ~ Initech",
      "Initech is racing against Globex to ship a model.|Globex ~ Initech",
      "Globex is being challenged by Initech in search.|Globex ~ Initech",
      "Initech aims to take share from incumbents like Globex.|Globex ~ Initech",
      "Initech considers Globex a serious competitor.|Globex ~ Initech",
      "Initech views Globex as a rival in Europe.|Globex ~ Initech",
      "Initech lags Globex in revenue.|Globex ~ Initech",
      "Initech, the Globex rival, cut its prices.|Globex ~ Initech",
      "Initech is taking aim at Globex in Europe.|Globex ~ Initech",
      "Initech is going after the customers of Globex.|Globex ~ Initech",
      "Hooli, the Globex rival, invested in Initech.|Globex ~ Hooli",
      "Initech counts Globex as its main rival.|Globex ~ Initech",
      "Initech is going head to head with Globex.|Globex ~ Initech",
      "Initech is seen as a European counterweight to Globex.|Globex ~ Initech",
      "Initech is Europe's best hope against Globex.|Globex ~ Initech"})
  void findsThePair(String text, String pair) {
    assertThat(rivals(extract(text))).containsExactly(pair);
  }

  @Test
  void givesOnePairPerListMember() {
    assertThat(rivals(extract("Cyberdyne is up against giants like Globex and Hooli.")))
        .containsExactlyInAnyOrder("Cyberdyne ~ Globex", "Cyberdyne ~ Hooli");
  }

  @Test
  void readsAProductAsItsMaker() {
    assertThat(rivals(extract("Latex now competes with Chatterbox in schools."))).containsExactly(
        "Initech ~ Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Globex invested in Initech last year.",
      "Hooli and Globex both spoke at the conference in Oslo.",
      "The AI race among the tech giants is heating up.",
      "Initech lost money to fraud in Globex stores.",
      "Initech's revenue trails off after the holidays, Globex said.",
      "The Globex founder praised Initech.",
      "Initech counts Globex among its investors.",
      "Chatterbox is a Latex plugin.",
      "Initech is eating into its cash after Globex cut its order.",
      "Initech won a contract from Globex.",
      "Initech filed a legal challenge to Globex's patent.",
      "Initech is racing against the clock to repay Globex.",
      "Initech was challenged by regulators over its deal with Globex.",
      "Initech considers Globex a partner.",
      "Initech views Globex as a customer, not a competitor.",
      "Initech is going after the deal with Globex.",
      "Hooli went after Initech in court over its patents.",
      "Initech, the Globex founder, spoke.",
      "Initech hired Globex as its main adviser.",
      "Initech's best hope is a loan from Globex.",
      "Initech, Globex and Hooli met in Lisbon, as its rivals watched."})
  void findsNoRivalryInCoOccurrence(String text) {
    assertThat(rivals(extract(text))).isEmpty();
  }
}
