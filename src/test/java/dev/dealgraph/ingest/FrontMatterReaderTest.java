package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {

  @Test
  void readsTomlFrontMatterWithHtmlBody() {
    Article article = Reading.one("""
        +++
        title = "Harbor Ventures backs Quill Systems"
        date = "2025-07-10T19:45:18Z"
        summary = "Harbor Ventures is putting money into the chip designer."
        description = "A second, longer description of the same deal."
        url = "/2025/07/harbor-quill"
        source = "Example Wire"
        draft = false
        +++

        <p>Harbor Ventures has agreed to invest $40 million in Quill Systems.</p><p>Quill competes with Nandi Chips.</p>
        """);

    assertThat(article.title()).isEqualTo("Harbor Ventures backs Quill Systems");
    assertThat(article.published()).contains(LocalDate.of(2025, 7, 10));
    assertThat(article.url()).contains("/2025/07/harbor-quill");
    assertThat(article.source()).contains("Example Wire");
    assertThat(article.metadata()).containsEntry("summary", "Harbor Ventures is putting money into the chip designer.")
        .containsEntry("draft", "false");
    assertThat(article.paragraphs()).containsExactly(
        "Harbor Ventures backs Quill Systems",
        "Harbor Ventures is putting money into the chip designer.",
        "A second, longer description of the same deal.",
        "Harbor Ventures has agreed to invest $40 million in Quill Systems.",
        "Quill competes with Nandi Chips.");
  }

  @Test
  void readsEachRowOfAMarkdownTableAsOneParagraphOfCells() {
    Article article = Reading.one("""
        ---
        title: Rounds of the week
        ---
        Three rounds closed this week.

        | Company | Round | Lead |
        |---|---|:---:|
        | Fernway | Series B | Oakhurst Capital |
        | Brisk **Labs** | Seed | Tallow, Vane |
        """);

    assertThat(article.paragraphs()).containsExactly("Rounds of the week", "Three rounds closed this week.",
        "Company | Round | Lead", "Fernway | Series B | Oakhurst Capital", "Brisk Labs | Seed | Tallow, Vane");
  }

  @Test
  void readsYamlFrontMatterWithMarkdownBodyAndKeepsLaterRuleInBody() {
    Article article = Reading.one("""
        ---
        title: Fernway raises a Series B
        published: 2024-02-29
        link: https://news.example.org/fernway-series-b
        author: Lee Park
        ---
        Fernway raised **$25 million** in a round led by
        Oakhurst Capital.

        ---

        title: this line is body text, not front matter
        """);

    assertThat(article.title()).isEqualTo("Fernway raises a Series B");
    assertThat(article.published()).contains(LocalDate.of(2024, 2, 29));
    assertThat(article.url()).contains("https://news.example.org/fernway-series-b");
    assertThat(article.metadata()).containsEntry("author", "Lee Park").containsEntry("format", "front matter");
    assertThat(article.paragraphs()).containsExactly("Fernway raises a Series B",
        "Fernway raised $25 million in a round led by Oakhurst Capital.",
        "title: this line is body text, not front matter");
  }

  @Test
  void resolvesRelativeUrlAgainstOriginThatIsAUrl() {
    byte[] content = "+++\ntitle = \"T\"\nurl = \"/a/b\"\n+++\nBody.\n".getBytes(StandardCharsets.UTF_8);

    Article article = Reading.READER.read("https://news.example.org/feed/item", content, Optional.empty()).get(0);

    assertThat(article.url()).contains("https://news.example.org/a/b");
    assertThat(article.id()).isEqualTo(Assembler.sha256("https://news.example.org/a/b").substring(0, 16));
  }

  @Test
  void readsUnclosedDashesAsMarkdownNotFrontMatter() {
    Article article = Reading.one("---\nNot front matter at all\n\nJust a story body.\n");

    assertThat(article.title()).isEqualTo("Not front matter at all");
    assertThat(article.metadata()).doesNotContainEntry("format", "front matter");
  }
}
