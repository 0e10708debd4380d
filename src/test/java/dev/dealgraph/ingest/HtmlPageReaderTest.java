package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlPageReaderTest {

  private static Article page() {
    return Reading.READER.read("page.html", Fixtures.bytes("page.html"), Optional.of("text/html")).get(0);
  }

  @Test
  void readsTitleDateSourceAndUrlFromMetadata() {
    Article article = page();

    assertThat(article.title()).isEqualTo("Corvid Partners leads 'major' round in Tessellate AI");
    assertThat(article.published()).contains(LocalDate.of(2024, 11, 4));
    assertThat(article.source()).contains("The Ledger Daily");
    assertThat(article.url()).contains("https://ledger.example.com/2024/11/corvid-tessellate");
    assertThat(article.metadata()).containsEntry("author", "Rosa Lindqvist").containsEntry("language", "en");
  }

  @Test
  void keepsStoryAndDropsPageFurniture() {
    assertThat(page().paragraphs()).containsExactly(
        "Corvid Partners leads 'major' round in Tessellate AI",
        "The venture firm is putting $120 million into the model builder.",
        "NEW YORK, Nov. 4, 2024 — Corvid Partners said on Monday that it will invest $120 million in Tessellate AI,"
            + " a start-up that builds language models for insurers.",
        "The round values Tessellate at about $1 billion, according to a person familiar with the deal.",
        "Competition heats up",
        "Tessellate competes with Parallax Labs for contracts with large carriers, and both firms sell to the same"
            + " buyers.");
  }

  @Test
  void fallsBackToJsonLdThenTimeElementForDate() {
    String withLd = """
        <html><head><title>Deal</title><script type="application/ld+json">
        [{"@type": ["NewsArticle"], "headline": "Ardent backs Velo", "datePublished": "2023-09-25T08:00:00+02:00",
          "publisher": {"name": "Velo Times"}}]</script></head>
        <body><article><p>Ardent Capital backs Velo Systems with fresh money.</p></article></body></html>""";
    String withTime = """
        <html><body><article><h1>Ardent backs Velo</h1><time datetime="2023-09-26">Sept 26</time>
        <p>Ardent Capital backs Velo Systems with fresh money.</p></article></body></html>""";

    Article fromLd = Reading.one(withLd);
    assertThat(fromLd.title()).isEqualTo("Ardent backs Velo");
    assertThat(fromLd.published()).contains(LocalDate.of(2023, 9, 25));
    assertThat(fromLd.source()).contains("Velo Times");
    assertThat(Reading.one(withTime).published()).contains(LocalDate.of(2023, 9, 26));
  }

  @Test
  void stripsSiteNameFromTitleTag() {
    Article article = Reading.one("""
        <html><head><title>Ardent backs Velo | Velo Times</title>
        <meta property="og:site_name" content="Velo Times"></head>
        <body><p>Ardent Capital backs Velo Systems with fresh money.</p></body></html>""");

    assertThat(article.title()).isEqualTo("Ardent backs Velo");
  }

  @Test
  void findsStoryByParagraphTextWithoutArticleElement() {
    Article article = Reading.one("""
        <html><head><title>Story</title></head><body>
        <div class="top"><a href="/">Home</a> <a href="/x">World</a> <a href="/y">Business</a></div>
        <div class="wrap"><div class="col">
          <p>First paragraph of the story about a funding round for a chip start-up in Berlin.</p>
          <p>Second paragraph of the story, which names the lead investor and the amount raised.</p>
        </div><div class="col2"><p>Short aside.</p></div></div>
        </body></html>""");

    assertThat(article.paragraphs()).containsExactly("Story",
        "First paragraph of the story about a funding round for a chip start-up in Berlin.",
        "Second paragraph of the story, which names the lead investor and the amount raised.");
  }

  @Test
  void keepsTheCellsOfATableRowInOneParagraph() {
    Article article = Reading.one("""
        <html><head><title>Rounds</title></head><body><article>
          <p>The largest rounds of the month in the robotics sector, with their leads and amounts.</p>
          <table><thead><tr><th>Company</th><th>Amount</th></tr></thead>
          <tbody><tr><td><p>Fernway</p></td><td>$25 million<br>(Series B)</td></tr></tbody></table>
          <p>All figures come from company statements published over the past four weeks.</p>
        </article></body></html>""");

    assertThat(article.paragraphs()).containsSubsequence("Company | Amount", "Fernway | $25 million (Series B)",
        "All figures come from company statements published over the past four weeks.");
  }

  @Test
  void takesVisibleTimeThatSurvivesFurnitureRemovalButNotOneInRelatedStories() {
    Article article = Reading.one("""
        <html><head><title>Ardent backs Velo</title></head><body>
        <aside class="related"><time datetime="2020-01-01">Old story</time></aside>
        <div class="meta">Published <time datetime="2023-10-27T18:10:00-04:00">Oct. 27, 2023</time></div>
        <div class="story"><p>Ardent Capital backs Velo Systems with fresh money, the company said.</p></div>
        </body></html>""");

    assertThat(article.published()).contains(LocalDate.of(2023, 10, 27));
  }

  @Test
  void prefersPublishedTimeToModifiedTime() {
    Article article = Reading.one("""
        <html><head><title>T</title><meta property="article:modified_time" content="2024-02-02">
        <meta name="date" content="2024-01-31"></head><body><p>Body of the story goes here.</p></body></html>""");

    assertThat(article.published()).contains(LocalDate.of(2024, 1, 31));
  }
}
