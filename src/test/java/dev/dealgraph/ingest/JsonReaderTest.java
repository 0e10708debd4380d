package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

  private static final String RECORD = """
      {"source": {"id": null, "name": "Harbour Post"}, "author": "Mia Okafor",
       "title": "Lumen Bio raises $80 million", "description": "Lumen Bio said on Tuesday it raised new funds.",
       "url": "https://harbour.example.com/lumen", "urlToImage": "https://harbour.example.com/lumen.jpg",
       "publishedAt": "2024-05-07T01:10:00Z",
       "content": "Lumen Bio said on Tuesday it raised new funds.\\nThe round was led by Sorrel Ventures… \
      [+2140 chars]"}""";

  @Test
  void readsNewsApiRecord() {
    Article article = Reading.one(RECORD);

    assertThat(article.title()).isEqualTo("Lumen Bio raises $80 million");
    assertThat(article.published()).contains(LocalDate.of(2024, 5, 7));
    assertThat(article.source()).contains("Harbour Post");
    assertThat(article.url()).contains("https://harbour.example.com/lumen");
    assertThat(article.metadata()).containsEntry("author", "Mia Okafor")
        .containsEntry("urlToImage", "https://harbour.example.com/lumen.jpg").containsEntry("format", "json");
    assertThat(article.paragraphs()).containsExactly("Lumen Bio raises $80 million",
        "Lumen Bio said on Tuesday it raised new funds.", "The round was led by Sorrel Ventures…");
  }

  @Test
  void readsArticlesArrayWithNumberedOrigins() {
    List<Article> articles = Reading.all("{\"status\": \"ok\", \"articles\": [" + RECORD
        + ", {\"title\": \"Second\", \"source\": \"Wire\", \"content\": \"<p>Body <b>two</b>.</p>\"}]}");

    assertThat(articles).extracting(Article::origin).containsExactly("fixture#1", "fixture#2");
    assertThat(articles.get(1).source()).contains("Wire");
    assertThat(articles.get(1).paragraphs()).containsExactly("Second", "Body two.");
  }

  @Test
  void readsTopLevelArrayAndJsonLines() {
    assertThat(Reading.all("[{\"title\": \"One\"}]")).extracting(Article::origin).containsExactly("fixture#1");
    assertThat(Reading.all("{\"title\": \"One\"}\n{\"title\": \"Two\", \"text\": \"Body.\"}\n"))
        .extracting(Article::title).containsExactly("One", "Two");
  }

  @Test
  void refusesJsonThatIsNotAnArticle() {
    assertThatThrownBy(() -> Reading.one("{\"name\": \"config\", \"port\": 8080}"))
        .isInstanceOfSatisfying(DealGraphException.class,
            e -> assertThat(e.kind()).isEqualTo(DealGraphException.Kind.INVALID_CONTENT))
        .hasMessage("fixture: JSON is not an article: no title, description or content field (it has name, port)");
    assertThatThrownBy(() -> Reading.one("[{\"title\": \"ok\"}, 42]"))
        .hasMessage("fixture#2: JSON is not an article: expected an object, found number");
    assertThatThrownBy(() -> Reading.one("[]")).hasMessage("fixture: JSON holds no articles (the list is empty)");
  }

  @Test
  void refusesBrokenJsonWithPosition() {
    assertThatThrownBy(() -> Reading.one("{\"title\": \"cut off"))
        .hasMessageStartingWith("fixture: not valid JSON at line 1")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
