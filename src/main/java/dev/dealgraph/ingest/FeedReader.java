package dev.dealgraph.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.dealgraph.DealGraphException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS and Atom feeds: each item is a document with its title, link, publication date, and its content (or
 * else its description) read as HTML.
 *
 * <p>Feed parsers turn dates into instants and lose the offset they were written in; the date is therefore read
 * from the item's own date text, so that "Tue, 05 Nov 2024 23:30:00 -0500" stays the 5th.
 */
final class FeedReader {
  private static final String ITEM_DATES = "pubDate, published, dc|date, dc|created, updated, dc|modified";

  private FeedReader() {}

  /** Reads a feed into its items, or says in one line why it cannot be read. */
  static Batch read(String origin, String xml) {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new StringReader(xml));
    } catch (FeedException | IllegalArgumentException e) {
      throw DealGraphException.invalidContent(origin + ": not a readable RSS or Atom feed: "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw DealGraphException.invalidContent(origin + ": the feed holds no items");
    }
    List<Optional<LocalDate>> dates = writtenDates(xml, entries.size());
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      drafts.add(item(entries.get(i), Optional.ofNullable(feed.getTitle()), dates.get(i)));
    }
    return new Batch(drafts, true);
  }

  private static Draft item(SyndEntry entry, Optional<String> feedTitle, Optional<LocalDate> date) {
    Optional<String> description = Optional.ofNullable(entry.getDescription()).map(SyndContent::getValue)
        .filter(d -> !Text.isBlank(d));
    String content = entry.getContents().stream().map(SyndContent::getValue).filter(c -> !Text.isBlank(c))
        .findFirst().or(() -> description).orElse("");
    Draft.Builder draft = Draft.of("feed")
        .title(Optional.ofNullable(entry.getTitle()).map(Markup::plain))
        .published(date)
        .published(Optional.ofNullable(entry.getPublishedDate()).or(() -> Optional.ofNullable(entry.getUpdatedDate()))
            .map(d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()))
        .source(feedTitle)
        .url(Optional.ofNullable(entry.getLink()).or(() -> Optional.ofNullable(entry.getUri())));
    if (!entry.getContents().isEmpty()) {
      draft.lead(description.map(Markup::plain).stream().toList());
    }
    Optional.ofNullable(entry.getAuthor()).ifPresent(a -> draft.meta("author", a));
    description.ifPresent(d -> draft.meta("description", Markup.plain(d)));
    return PlainTextReader.read(draft, Markup.asLines(Markup.ofHtml(content)));
  }

  /** Returns each item's date as written, when the items read by position match the parsed entries. */
  private static List<Optional<LocalDate>> writtenDates(String xml, int count) {
    List<Element> items = Jsoup.parse(xml, "", Parser.xmlParser()).select("item, entry");
    List<Optional<LocalDate>> dates = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      dates.add(items.size() != count ? Optional.empty()
          : Optional.ofNullable(items.get(i).selectFirst(ITEM_DATES)).map(Element::text).flatMap(Dates::parse));
    }
    return dates;
  }
}
