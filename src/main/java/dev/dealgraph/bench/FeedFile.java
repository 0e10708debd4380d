package dev.dealgraph.bench;

import java.util.List;

/** Writes stories as the items of an RSS 2.0 feed or the entries of an Atom feed, bodies as escaped HTML. */
final class FeedFile {
  private FeedFile() {}

  static String rss(List<Story> stories) {
    Story first = stories.get(0);
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
        + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>")
        .append(Markup.escape(first.publication())).append(" — deals</title>\n<link>https://")
        .append(first.domain()).append("/</link>\n<description>Funding news</description>\n");
    for (Story s : stories) {
      out.append("<item>\n<title>").append(Markup.escape(s.title())).append("</title>\n<link>").append(s.url())
          .append("</link>\n<guid>").append(s.url()).append("</guid>\n");
      s.published().ifPresent(p -> out.append("<pubDate>").append(Markup.RFC_1123.format(p)).append("</pubDate>\n"));
      out.append("<dc:creator>").append(Markup.escape(s.author())).append("</dc:creator>\n<description>")
          .append(Markup.escape(s.summary())).append("</description>\n<content:encoded>")
          .append(Markup.escape(Markup.htmlBody(s))).append("</content:encoded>\n</item>\n");
    }
    return out.append("</channel>\n</rss>\n").toString();
  }

  static String atom(List<Story> stories) {
    Story first = stories.get(0);
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>")
        .append(Markup.escape(first.publication())).append("</title>\n<link href=\"https://")
        .append(first.domain()).append("/\"/>\n<id>https://").append(first.domain()).append("/feed</id>\n")
        .append("<updated>2026-06-30T00:00:00Z</updated>\n");
    for (Story s : stories) {
      out.append("<entry>\n<title>").append(Markup.escape(s.title())).append("</title>\n<link href=\"")
          .append(s.url()).append("\"/>\n<id>").append(s.url()).append("</id>\n");
      s.published().ifPresent(p -> out.append("<published>").append(Markup.iso(p)).append("</published>\n"));
      out.append("<author><name>").append(Markup.escape(s.author())).append("</name></author>\n<summary>")
          .append(Markup.escape(s.summary())).append("</summary>\n<content type=\"html\">")
          .append(Markup.escape(Markup.htmlBody(s))).append("</content>\n</entry>\n");
    }
    return out.append("</feed>\n").toString();
  }
}
