package dev.dealgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.EntityKind;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IrisTest {

  @Test
  void slugsAreLowerCaseAsciiWordsJoinedByHyphens() {
    assertThat(Iris.slug("Amazon")).isEqualTo("amazon");
    assertThat(Iris.slug("Google DeepMind")).isEqualTo("google-deepmind");
    assertThat(Iris.slug("Andreessen Horowitz (a16z)")).isEqualTo("andreessen-horowitz-a16z");
    assertThat(Iris.slug("Ontario Teachers'")).isEqualTo("ontario-teachers");
    assertThat(Iris.slug("Character.AI")).isEqualTo("character-ai");
    assertThat(Iris.slug("AT&T")).isEqualTo("at-and-t");
    assertThat(Iris.slug("Société Générale")).isEqualTo("societe-generale");
    assertThat(Iris.slug("Straße Ørsted")).isEqualTo("strasse-orsted");
  }

  @Test
  void namesWithoutLatinLettersGetAStableHashSlug() {
    assertThat(Iris.slug("智谱")).matches("[0-9a-f]{16}").isEqualTo(Iris.slug("智谱"));
    assertThat(Iris.slug("智谱")).isNotEqualTo(Iris.slug("月之暗面"));
  }

  @Test
  void mintsResourceAndGraphIris() {
    assertThat(Iris.org("Google DeepMind")).isEqualTo("https://dealgraph.dev/id/org/google-deepmind");
    assertThat(Iris.entity("Jane Roe", EntityKind.PERSON)).isEqualTo("https://dealgraph.dev/id/person/jane-roe");
    assertThat(Iris.article("1f3a9c")).isEqualTo("https://dealgraph.dev/id/article/1f3a9c");
    assertThat(Iris.articleGraph("1f3a9c")).isEqualTo("https://dealgraph.dev/graph/article/1f3a9c");
    assertThat(Iris.span("1f3a9c", 3, 9)).isEqualTo("https://dealgraph.dev/id/article/1f3a9c#char=3,9");
    assertThat(Iris.extractor(ExtractorInfo.CURRENT))
        .isEqualTo("https://dealgraph.dev/id/software/dealgraph-extractor-0.1.0");
  }

  @Test
  void equalAmountsWrittenDifferentlyGetOneIri() {
    Amount plain = Amount.exact(new BigDecimal("4000000000"), "USD", "$4 billion");
    Amount scaled = Amount.exact(new BigDecimal("4.0E+9"), "USD", "US$4bn");
    assertThat(Iris.amount(plain)).isEqualTo(Iris.amount(scaled)).matches(".*/id/amount/[0-9a-f]{16}");
    assertThat(Iris.amount(Amount.upTo(new BigDecimal("4000000000"), "USD", ""))).isNotEqualTo(Iris.amount(plain));
  }

  @Test
  void dealIrisDependOnPartiesAndAmountOnly() {
    String amazon = Iris.org("Amazon");
    String anthropic = Iris.org("Anthropic");
    Optional<Amount> four = Optional.of(Amount.exact(new BigDecimal("4000000000"), "USD", "$4 billion"));
    assertThat(Iris.deal(amazon, anthropic, four)).isEqualTo(Iris.deal(amazon, anthropic, four));
    assertThat(Iris.deal(amazon, anthropic, four)).isNotEqualTo(Iris.deal(anthropic, amazon, four));
    assertThat(Iris.deal(amazon, anthropic, four)).isNotEqualTo(Iris.deal(amazon, anthropic, Optional.empty()));
  }

  @Test
  void roundsWithASeriesLabelIgnoreItsSpelling() {
    String openai = Iris.org("OpenAI");
    assertThat(Iris.round(openai, Optional.of("series c"), Optional.empty(), "a1"))
        .isEqualTo(Iris.round(openai, Optional.of("Series  C"), Optional.empty(), "a2"));
    assertThat(Iris.round(openai, Optional.empty(), Optional.empty(), "a1"))
        .isNotEqualTo(Iris.round(openai, Optional.empty(), Optional.empty(), "a2"));
  }

  @Test
  void parsesLocalPathsBackIntoResourceIds() {
    assertThat(Iris.parsePath("/id/org/amazon")).contains(new ResourceId(ResourceId.Type.ORG, "amazon"));
    assertThat(Iris.parsePath("/id/deal/0123456789abcdef").map(ResourceId::iri))
        .contains("https://dealgraph.dev/id/deal/0123456789abcdef");
    assertThat(Iris.parse(Iris.span("a1", 0, 5))).contains(new ResourceId(ResourceId.Type.ARTICLE, "a1"));
    assertThat(Iris.parse(Iris.extractor(ExtractorInfo.CURRENT)).map(ResourceId::path))
        .contains("/id/software/dealgraph-extractor-0.1.0");
  }

  @Test
  void refusesPathsThatNameNoResource() {
    assertThat(Iris.parsePath("/id/org/Amazon")).isEmpty();
    assertThat(Iris.parsePath("/id/org/amazon/extra")).isEmpty();
    assertThat(Iris.parsePath("/id/deal/xyz")).isEmpty();
    assertThat(Iris.parsePath("/id/planet/earth")).isEmpty();
    assertThat(Iris.parsePath("/api/queries")).isEmpty();
    assertThat(Iris.parsePath("/id/org/")).isEmpty();
    assertThat(Iris.parse("https://example.org/id/org/amazon")).isEmpty();
  }

  @Test
  void articleIdsMustBeIriSafe() {
    assertThatThrownBy(() -> Iris.article("a b"))
        .isInstanceOf(DealGraphException.class)
        .hasMessage("article id must be letters, digits and . _ ~ - only (it becomes an IRI): 'a b'");
  }
}
