package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatTest {
  private static final Optional<String> NONE = Optional.empty();

  @Test
  void contentDecidesOverTheDeclaredType() {
    assertThat(Format.sniff("Headline\nBody text.", Optional.of("text/html"))).isEqualTo(Format.TEXT);
    assertThat(Format.sniff("Headline\nBody text.", Optional.of("application/json"))).isEqualTo(Format.TEXT);
    assertThat(Format.sniff("<html><body><p>x</p></body></html>", Optional.of("text/plain")))
        .isEqualTo(Format.HTML);
    assertThat(Format.sniff("{\"title\": \"x\"}", Optional.of("text/plain"))).isEqualTo(Format.JSON);
  }

  @Test
  void recognisesEachFormatFromItsOpening() {
    assertThat(Format.sniff("+++\ntitle = \"x\"\n+++\nBody", NONE)).isEqualTo(Format.FRONT_MATTER);
    assertThat(Format.sniff("---\ntitle: x\n---\nBody", NONE)).isEqualTo(Format.FRONT_MATTER);
    assertThat(Format.sniff("[{\"title\": \"x\"}]", NONE)).isEqualTo(Format.JSON);
    assertThat(Format.sniff("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", NONE))
        .isEqualTo(Format.FEED);
    assertThat(Format.sniff("<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"x\"></feed>", NONE))
        .isEqualTo(Format.FEED);
    assertThat(Format.sniff("<!DOCTYPE html>\n<html></html>", NONE)).isEqualTo(Format.HTML);
    assertThat(Format.sniff("Lead line<p>para</p><p>two</p>", NONE)).isEqualTo(Format.HTML);
    assertThat(Format.sniff("# Heading\n\nBody", NONE)).isEqualTo(Format.MARKDOWN);
    assertThat(Format.sniff("Headline\n\nBody", Optional.of("text/markdown"))).isEqualTo(Format.MARKDOWN);
    assertThat(Format.sniff("<?xml version=\"1.0\"?><invoice/>", NONE)).isEqualTo(Format.OTHER_XML);
  }

  @Test
  void headlineInBracketsIsTextNotJson() {
    assertThat(Format.sniff("[Exclusive] Orchard Labs in talks\nBody.", NONE)).isEqualTo(Format.TEXT);
    assertThat(Format.sniff("{Update} Orchard Labs in talks\nBody.", NONE)).isEqualTo(Format.TEXT);
  }

  @Test
  void readsMarkdownWithHeadingAsTitle() {
    Article article = Reading.one("""
        # Orchard Labs lands *seed* round

        By Kim Aalto

        Orchard Labs raised [$3 million](https://example.org/x) from Birch Fund.

        - first point
        - second point
        """);

    assertThat(article.title()).isEqualTo("Orchard Labs lands seed round");
    assertThat(article.metadata()).containsEntry("author", "Kim Aalto").containsEntry("format", "markdown");
    assertThat(article.paragraphs()).containsExactly("Orchard Labs lands seed round",
        "Orchard Labs raised $3 million from Birch Fund.", "first point", "second point");
  }
}
