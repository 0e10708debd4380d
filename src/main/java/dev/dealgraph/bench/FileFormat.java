package dev.dealgraph.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names the file formats the generator writes, how often each is drawn and how many articles one file holds: one
 * for pages and documents, two to four for news-API arrays, JSON Lines and feeds.
 */
enum FileFormat {
  TEXT("txt", 22, 1),
  HTML("html", 22, 1),
  MARKDOWN("md", 16, 1),
  TOML_HTML("html", 8, 1),
  JSON("json", 10, 4),
  JSON_LINES("jsonl", 6, 4),
  RSS("xml", 6, 4),
  ATOM("atom", 6, 4);

  private static final int TOTAL_WEIGHT = 96;

  private final String extension;
  private final int weight;
  private final int maxArticles;

  FileFormat(String extension, int weight, int maxArticles) {
    this.extension = extension;
    this.weight = weight;
    this.maxArticles = maxArticles;
  }

  String extension() {
    return extension;
  }

  /** Draws a format by weight. */
  static FileFormat draw(SplittableRandom random) {
    int roll = random.nextInt(TOTAL_WEIGHT);
    for (FileFormat f : values()) {
      roll -= f.weight;
      if (roll < 0) {
        return f;
      }
    }
    return TEXT;
  }

  /** Draws how many articles one file of this format holds. */
  int articles(SplittableRandom random) {
    if (this == JSON) {
      return random.nextBoolean() ? 1 : 2 + random.nextInt(3);
    }
    return maxArticles == 1 ? 1 : 2 + random.nextInt(maxArticles - 1);
  }

  /** Writes the stories as the content of one file of this format. */
  String render(List<Story> stories, Phrases phrases, SplittableRandom random) {
    return switch (this) {
      case TEXT -> TextFile.render(stories.get(0), phrases, random);
      case HTML -> HtmlFile.render(stories.get(0), phrases, random);
      case MARKDOWN -> FrontMatterFile.markdown(stories.get(0), random);
      case TOML_HTML -> FrontMatterFile.tomlHtml(stories.get(0), phrases, random);
      case JSON -> JsonFile.json(stories, random);
      case JSON_LINES -> JsonFile.jsonLines(stories);
      case RSS -> FeedFile.rss(stories);
      case ATOM -> FeedFile.atom(stories);
    };
  }
}
