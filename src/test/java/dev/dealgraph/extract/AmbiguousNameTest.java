package dev.dealgraph.extract;

import static dev.dealgraph.extract.Fixtures.extract;
import static dev.dealgraph.extract.Fixtures.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A short name that reads as an ordinary word ("Lantern" for Lantern AI in the test gazetteer) names its
 * organization only in an article that uses it as a name, and then everywhere it is capitalised.
 */
class AmbiguousNameTest {

  private static List<String> names(Extraction e) {
    return e.mentions().stream().map(m -> m.text() + "=" + m.entity().name()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Search start-up Lantern closed a $30 million round led by Tessier Capital.",
      "Lantern Lands $30 Million From Tessier Capital",
      "Lantern has raised $30 million. Tessier Capital led Lantern's round.",
      "Lantern, the Dublin company whose assistant reads contracts, took $30 million from Tessier Capital.",
      "Lantern said on Monday that it had taken $30 million from Tessier Capital.",
      "Lantern, whose assistant reads contracts, said Tessier Capital had put in $30 million."})
  void readsTheShortFormAsTheCompanyWhereTheArticleUsesItAsAName(String lead) {
    Extraction e = extract(lead, "Lantern said Tessier Capital invested $30 million in it.");
    assertThat(pairs(e)).containsExactly("Tessier Capital -> Lantern AI");
    assertThat(names(e)).contains("Lantern=Lantern AI");
  }

  @Test
  void namesEveryCapitalisedOccurrenceOnceTheSenseIsEstablished() {
    Extraction e = extract("Tessier Capital backs coding start-up Lantern.", "Lantern hires fifty engineers.");
    assertThat(names(e)).containsExactly("Tessier Capital=Tessier Capital", "Lantern=Lantern AI",
        "Lantern=Lantern AI");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Lantern led the round.", "Lantern co-led the round with Hooli."})
  void readsTheShortFormThatLeadsARoundAsTheOrganization(String sentence) {
    assertThat(pairs(extract("Vandelay Labs raised $30 million on Monday.", sentence)))
        .contains("Lantern AI -> Vandelay Labs");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Lantern makers expect a good year. Tessier Capital invested $30 million in Vandelay Labs.",
      "Tessier Capital invested $30 million in Vandelay Labs, which builds a lantern for night hikers.",
      "Tessier Capital invested $30 million in Vandelay Labs. The Lantern Festival drew crowds.",
      "Tessier Capital invested $30 million in Vandelay Labs. See Lantern 2 for the figures.",
      "Lantern led to a fire. Tessier Capital invested $30 million in Vandelay Labs."})
  void leavesTheWordAloneWhereNothingUsesItAsAName(String text) {
    Extraction e = extract(text);
    assertThat(pairs(e)).containsExactly("Tessier Capital -> Vandelay Labs");
    assertThat(e.mentions()).noneMatch(m -> m.entity().name().equals("Lantern AI"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Quillo, the New York company whose tools help lawyers draft contracts, raised $40 million from Hooli.",
      "Quillo, a Stockholm-based start-up that builds payroll software, raised $40 million from Hooli.",
      "Quillo raised $40 million from Hooli."})
  void takesAnUnknownOpeningWordForACompanyWhenAnAppositionOrARaiseMakesItOne(String text) {
    assertThat(pairs(extract(text))).containsExactly("Hooli -> Quillo");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Analysts raised $40 estimates for Hooli.",
      "Payroll, the biggest cost of a start-up, rose as Hooli hired."})
  void takesNoOpeningCommonWordForACompany(String text) {
    assertThat(extract(text).mentions()).allMatch(m -> m.entity().name().equals("Hooli"));
  }
}
