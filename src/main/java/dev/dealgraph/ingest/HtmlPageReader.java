package dev.dealgraph.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads an HTML page: its metadata, then the story's paragraphs with the page furniture removed. */
final class HtmlPageReader {
  private HtmlPageReader() {}

  /** Reads a page; {@code origin} serves as the base of relative URLs when it is a URL. */
  static Draft read(String origin, String html) {
    Document doc = Jsoup.parse(html);
    Draft.Builder draft = Draft.of("html");
    HtmlMeta meta = HtmlMeta.of(doc);
    meta.read(origin, draft);
    List<String> blocks = HtmlBlocks.ofPage(HtmlCleaner.mainContent(doc));
    if (blocks.isEmpty()) {
      throw Assembler.onlyFurniture(origin, "html");
    }
    meta.readTime(draft);
    PlainTextReader.readInto(draft, Markup.asLines(blocks));
    meta.readModified(draft);
    return draft.build();
  }
}
