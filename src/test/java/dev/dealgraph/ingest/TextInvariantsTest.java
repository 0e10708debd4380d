package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stored text is what evidence offsets point into: these properties hold for every format and input. */
class TextInvariantsTest {
  private static final String[] PIECES = {"Acme", "invests", "$4 billion", "in", "Kite AI", "\u00a0", "  ", "\t",
      "\u201cquoted\u201d", "it\u2019s", "\r\n", "\n\n", "\r\n\r\n", "\u2014", "caf\u00e9", "\u200b", "Related deals",
      "…"};

  static void assertWellFormed(Article article) {
    String text = article.text();
    assertThat(text).doesNotContain("\r", "\u00a0", "  ", "\n\n\n", "\t", "\u200b", "\u2019", "\u201c")
        .doesNotStartWith("\n").doesNotEndWith("\n");
    int offset = 0;
    for (String paragraph : article.paragraphs()) {
      assertThat(paragraph).isNotBlank().doesNotContain("\n").isEqualTo(paragraph.strip());
      assertThat(text.substring(offset, offset + paragraph.length())).isEqualTo(paragraph);
      offset += paragraph.length() + 2;
    }
    assertThat(offset - 2).isEqualTo(text.length());
    assertThat(article.contentHash()).isEqualTo(Assembler.sha256(text));
    assertThat(article.id()).matches("[0-9a-f]{16}")
        .isEqualTo(Assembler.sha256(article.url().orElse(text)).substring(0, 16));
    assertThat(article.title()).isNotBlank().doesNotContain("\n");
    assertThat(article.paragraphs().get(0)).startsWith(article.title().replaceAll("…$", ""));
  }

  @Test
  void holdsForEveryFixture() {
    for (String name : List.of("page.html", "feed.rss", "feed.atom")) {
      Reading.READER.read(name, Fixtures.bytes(name), Optional.empty()).forEach(TextInvariantsTest::assertWellFormed);
    }
  }

  @Test
  void holdsForGeneratedMessyText() {
    Random random = new Random(20240925);
    for (int n = 0; n < 500; n++) {
      StringBuilder text = new StringBuilder("Headline ").append(n).append('\n');
      int words = 1 + random.nextInt(80);
      for (int w = 0; w < words; w++) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
      }
      List<Article> articles = new ArrayList<>();
      articles.addAll(Reading.all(text.toString()));
      articles.addAll(Reading.READER.read("page", ("<html><body><p>" + text.toString().replace("\n\n", "</p><p>")
          + "</p></body></html>").getBytes(StandardCharsets.UTF_8), Optional.empty()));
      articles.forEach(TextInvariantsTest::assertWellFormed);
    }
  }
}
