package dev.dealgraph.ingest;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns an article body written in Markdown or HTML into paragraphs.
 *
 * <p>Markdown is rendered to HTML first (raw HTML in it passes through), so both forms share one path to text. A
 * body that opens with a tag and closes block tags is read as HTML as it stands, so that indented HTML is never
 * taken for a Markdown code block.
 */
final class Markup {
  /** Tables as GitHub writes them, common in newsletters that list rounds; read as rows by {@link HtmlBlocks}. */
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
  private static final Pattern HTML_BODY = Pattern.compile(
      "(?is)^\\s*<[a-z!].*</(?:p|div|article|section|h[1-6]|li|ul|ol|blockquote|table|body|html)>");

  private Markup() {}

  /** Reads a body in Markdown, or in HTML when it is HTML. */
  static List<String> paragraphs(String body) {
    return ofHtml(HTML_BODY.matcher(body).find() ? body : RENDERER.render(MARKDOWN.parse(body)));
  }

  /** Reads an HTML fragment without its page furniture (share bars, related links, scripts…). */
  static List<String> ofHtml(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    HtmlCleaner.removeFurniture(doc.body());
    return HtmlBlocks.ofBody(doc.body());
  }

  /** Returns the text of a value that may hold HTML tags or entities, as one line. */
  static String plain(String value) {
    return value.indexOf('<') >= 0 || value.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(value).text() : value;
  }

  /** Interleaves paragraphs with blank lines, the shape {@link PlainTextReader#read} takes. */
  static List<String> asLines(List<String> paragraphs) {
    return paragraphs.stream().flatMap(p -> Stream.of(p, "")).toList();
  }
}
