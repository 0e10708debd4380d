package dev.dealgraph.bench;

import java.util.SplittableRandom;

/**
 * Writes a story as a publisher's web page with its furniture: a cookie banner, navigation, a byline, share
 * buttons, related stories, a newsletter box, reader comments and a footer; the date sits in Open Graph meta, in
 * JSON-LD or only in a {@code <time>} element.
 */
final class HtmlFile {
  private HtmlFile() {}

  static String render(Story story, Phrases phrases, SplittableRandom random) {
    String title = Markup.escape(story.title());
    StringBuilder out = new StringBuilder(8192).append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(title).append(" | ")
        .append(Markup.escape(story.publication())).append("</title>\n");
    int dating = random.nextInt(3);
    out.append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
        .append("<meta property=\"og:url\" content=\"").append(story.url()).append("\">\n")
        .append("<meta name=\"description\" content=\"").append(Markup.escape(story.summary())).append("\">\n");
    story.published().filter(p -> dating == 0).ifPresent(p -> out.append(
        "<meta property=\"article:published_time\" content=\"").append(Markup.iso(p)).append("\">\n"));
    story.published().filter(p -> dating == 1).ifPresent(p -> out.append(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":").append(FrontMatterFile.quote(story.title())).append(",\"datePublished\":\"")
        .append(Markup.iso(p)).append("\"}</script>\n"));
    out.append("<link rel=\"canonical\" href=\"").append(story.url()).append("\">\n</head>\n<body>\n")
        .append("<div id=\"cookie-banner\" class=\"consent\"><p>").append(phrases.pick("cookie", random))
        .append("</p><button>Accept</button></div>\n<header><nav><ul>");
    phrases.all("nav").forEach(item -> out.append("<li><a href=\"/").append(item.toLowerCase())
        .append("\">").append(item).append("</a></li>"));
    out.append("</ul></nav></header>\n<main>\n<article>\n<h1>").append(title).append("</h1>\n")
        .append("<p class=\"byline\">By <a rel=\"author\" href=\"/authors\">").append(story.author())
        .append("</a>");
    story.published().ifPresent(p -> out.append(" <time datetime=\"").append(Markup.iso(p)).append("\">")
        .append(Markup.WRITTEN.format(p)).append("</time>"));
    out.append("</p>\n").append(Markup.htmlBody(story))
        .append("<div class=\"share\">Share: <a href=\"#\">LinkedIn</a> <a href=\"#\">X</a> <a href=\"#\">Email</a>"
            + "</div>\n</article>\n<aside class=\"related\"><h3>Related</h3><ul>");
    story.related().forEach(r -> out.append("<li><a href=\"#\">").append(Markup.escape(r)).append("</a></li>"));
    out.append("</ul></aside>\n<div class=\"newsletter\"><p>").append(phrases.pick("newsletter", random))
        .append("</p><form><input type=\"email\"><button>Sign up</button></form></div>\n");
    if (!story.comments().isEmpty()) {
      out.append("<section id=\"comments\"><h3>Comments</h3>");
      story.comments().forEach(c -> out.append("<div class=\"comment\"><p>").append(Markup.escape(c))
          .append("</p></div>"));
      out.append("</section>\n");
    }
    return out.append("</main>\n<footer><p>").append(phrases.pick("footer", random))
        .append("</p></footer>\n</body>\n</html>\n").toString();
  }
}
