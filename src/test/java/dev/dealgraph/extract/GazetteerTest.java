package dev.dealgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

  private static Gazetteer load(String yaml) {
    return Gazetteer.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "orgs.yaml");
  }

  @Test
  void readsEveryFieldOfAnEntry() {
    Gazetteer g = load("""
        - name: Zentrix
          kind: company
          wikidata: Q42
          aliases: ["Zentrix Inc."]
          tickers: [ZTX]
          products: [Zen]
          hq: Tampere
          country: FI
          tags: [ailab]
        """);
    Organization o = g.find("Zentrix").orElseThrow();
    assertThat(o.kind()).isEqualTo(EntityKind.COMPANY);
    assertThat(o.wikidata()).contains("Q42");
    assertThat(o.aliases()).containsExactly("Zentrix Inc.");
    assertThat(o.products()).containsExactly("Zen");
    assertThat(o.hq()).contains("Tampere");
    assertThat(o.tags()).containsExactly("ailab");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "[{name: A, kind: company, country: US, aliases: [X]}, {name: B, kind: company, country: US, aliases: [X]}]"
          + "|alias 'X' is already used by 'A'",
      "[{name: A, kind: company, country: US}, {name: A, kind: investor, country: US}]"
          + "|name 'A' is already used by 'A'",
      "[{name: A, kind: company, country: US, wikidata: Q0123}]|wikidata id must match Q[1-9][0-9]*: Q0123",
      "[{name: A, kind: company, country: US, tags: [unicorn]}]|unknown tag 'unicorn'",
      "[{name: A, kind: startup}]|kind must be one of",
      "[{name: A, kind: company, country: US, parent: B}]"
          + "|parent 'B' is not an organization of this file",
      "[{name: A, kind: company, country: US, colour: red}]|not a valid gazetteer",
      "[{kind: company, country: US}]|name is required",
      "[{name: A, kind: company}]|country must be an ISO 3166 alpha-2 code",
      "[{name: A, kind: company, country: Norway}]|country must be an ISO 3166 alpha-2 code: Norway",
      "[{name: Lumen AI, kind: company, country: US, ambiguous: [lumen]}]"
          + "|an ambiguous form must be one capitalised word: 'lumen'",
      "[{name: Lumen AI, kind: company, country: US, ambiguous: [Lumen Labs]}]"
          + "|must be one capitalised word: 'Lumen Labs'",
      "[{name: Lumen, kind: company, country: US}, {name: Lumen AI, kind: company, country: US, ambiguous: [Lumen]}]"
          + "|ambiguous form 'Lumen' is already used by 'Lumen'"})
  void rejectsAnEntryThatBreaksARuleNamingFileEntryAndRule(String yaml, String rule) {
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(DealGraphException.class)
        .hasMessageStartingWith("orgs.yaml")
        .hasMessageContaining(rule);
  }

  @Test
  void readsAmbiguousShortFormsApartFromAliases() {
    Gazetteer g = load("""
        - name: Lumen AI
          kind: company
          country: NO
          aliases: ["Lumen Labs"]
          ambiguous: [Lumen]
        """);
    assertThat(g.ambiguousForms()).containsOnlyKeys("Lumen");
    assertThat(g.ambiguousForms().get("Lumen").name()).isEqualTo("Lumen AI");
    assertThat(g.find("Lumen AI").orElseThrow().aliases()).containsExactly("Lumen Labs");
  }

  @Test
  void loadsTheShippedGazetteer() {
    Gazetteer g = Gazetteer.standard();
    assertThat(g.organizations()).hasSizeGreaterThan(100);
    assertThat(g.organizations()).allMatch(o -> o.tags().stream().allMatch(Gazetteer.TAGS::contains));
  }
}
