package dev.dealgraph.bench;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.SplittableRandom;

/** Writes a story as Markdown under YAML front matter, or as an HTML fragment under TOML front matter. */
final class FrontMatterFile {
  private FrontMatterFile() {}

  static String markdown(Story story, SplittableRandom random) {
    StringBuilder out = new StringBuilder("---\ntitle: ").append(quote(story.title())).append('\n');
    story.published().ifPresent(p -> out.append("date: ")
        .append(random.nextBoolean() ? p.toLocalDate().toString() : Markup.iso(p)).append('\n'));
    out.append("author: ").append(quote(story.author())).append('\n')
        .append("source: ").append(quote(story.publication())).append('\n')
        .append("url: ").append(story.url()).append('\n')
        .append("summary: ").append(quote(story.summary())).append('\n')
        .append("tags: [funding, ai]\n---\n\n");
    for (Story.Block block : story.body()) {
      out.append(block.heading() ? "## " : "").append(block.text()).append("\n\n");
    }
    return out.toString();
  }

  static String tomlHtml(Story story, Phrases phrases, SplittableRandom random) {
    StringBuilder out = new StringBuilder("+++\ntitle = ").append(quote(story.title())).append('\n');
    story.published().ifPresent(p -> out.append("date = ").append(Markup.iso(p)).append('\n'));
    out.append("author = ").append(quote(story.author())).append('\n')
        .append("source = ").append(quote(story.publication())).append('\n')
        .append("url = ").append(quote(story.url())).append('\n')
        .append("description = ").append(quote(story.summary())).append('\n')
        .append("categories = [\"Funding\", \"AI\"]\n+++\n<div class=\"post\">\n").append(Markup.htmlBody(story))
        .append("</div>\n<div class=\"share\">Share on <a href=\"#\">LinkedIn</a></div>\n")
        .append("<div class=\"related\"><h4>Related</h4><p>")
        .append(Markup.escape(story.related().get(0))).append("</p></div>\n");
    if (random.nextBoolean()) {
      out.append("<p class=\"signup\">").append(phrases.pick("newsletter", random)).append("</p>\n");
    }
    return out.toString();
  }

  /** Quotes a string for YAML, TOML and JSON alike: their double-quoted forms share JSON's escapes. */
  static String quote(String text) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
  }
}
