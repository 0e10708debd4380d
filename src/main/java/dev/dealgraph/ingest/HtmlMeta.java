package dev.dealgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's own metadata into a draft: Open Graph and other {@code <meta>} tags, schema.org JSON-LD,
 * the canonical link, {@code <title>}, {@code <h1>} and {@code <time datetime>}.
 *
 * <p>Where several say the same thing, the most deliberate wins: {@code og:*} and {@code article:*} tags, then
 * JSON-LD, then other meta tags, then the visible page.
 */
final class HtmlMeta {
  /** Open Graph's publication times, which win over everything else the page says. */
  private static final List<String> OPEN_GRAPH_PUBLISHED = List.of("article:published_time", "og:published_time");
  private static final List<String> PUBLISHED = List.of("datepublished", "pubdate", "publishdate", "publish-date",
      "publish_date", "publication_date", "date",
      "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
      "article.published", "citation_publication_date");
  private static final List<String> MODIFIED = List.of("article:modified_time", "og:updated_time", "datemodified",
      "last-modified", "dcterms.modified");
  /** Where the page's publication time may stand as a {@code <time>}: marked as such, else the first one left. */
  private static final List<String> TIMES = List.of("time[itemprop=datePublished]", "time[pubdate]", "time[datetime]");
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—:-]{1,2}\\s+([^|–—:]+)$");

  private final Document doc;
  private final Map<String, String> meta = new HashMap<>();
  private final Optional<JsonNode> ld;

  private HtmlMeta(Document doc) {
    this.doc = doc;
    for (Element e : doc.select("meta[content]")) {
      for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
        String name = e.attr(key).toLowerCase(Locale.ROOT).strip();
        if (!name.isEmpty() && !Text.isBlank(e.attr("content"))) {
          meta.putIfAbsent(name, e.attr("content"));
        }
      }
    }
    this.ld = JsonLd.article(doc);
  }

  /** Collects the page's metadata; call before furniture removal, which takes JSON-LD scripts away. */
  static HtmlMeta of(Document doc) {
    return new HtmlMeta(doc);
  }

  /**
   * Reads the visible page's {@code <time>} into the draft; call after furniture removal, so that the time of a
   * related story or a comment is gone.
   */
  void readTime(Draft.Builder draft) {
    draft.published(firstDate(TIMES, css -> first(css, "datetime")));
  }

  /** Reads the page's modification date into the draft, the last resort when nothing says when it was published. */
  void readModified(Draft.Builder draft) {
    draft.published(firstDate(MODIFIED, this::meta));
    draft.published(ld("dateModified").flatMap(Dates::parse));
  }

  /** Reads the page's metadata into the draft; {@code origin} serves as the base of relative URLs. */
  void read(String origin, Draft.Builder draft) {
    Optional<String> site = meta("og:site_name").or(() -> ld("publisher"));
    draft.title(meta("og:title").or(() -> ld("headline")).or(() -> meta("twitter:title"))
        .or(() -> first("title").map(t -> withoutSiteName(t, site))).or(() -> first("h1")));
    draft.published(firstDate(OPEN_GRAPH_PUBLISHED, this::meta));
    draft.published(ld("datePublished").flatMap(Dates::parse));
    draft.published(firstDate(PUBLISHED, this::meta));
    draft.source(site);
    List<String> urls = Stream.of(first("link[rel=canonical]", "href"), meta("og:url"), ld("url"),
        ld("mainEntityOfPage")).flatMap(Optional::stream).map(u -> Urls.resolve(origin, u)).toList();
    draft.url(urls.stream().filter(Urls::isAbsolute).findFirst().or(() -> urls.stream().findFirst()));
    Optional<String> description = meta("og:description").or(() -> ld("description"))
        .or(() -> meta("description"));
    description.ifPresent(d -> draft.meta("description", d));
    draft.lead(description.stream().toList());
    meta("author").filter(a -> !a.startsWith("http")).or(() -> ld("author")).ifPresent(a -> draft.meta("author", a));
    Optional.of(doc.select("html").attr("lang")).filter(l -> !l.isBlank()).ifPresent(l -> draft.meta("language", l));
  }

  private Optional<String> meta(String key) {
    return Optional.ofNullable(meta.get(key));
  }

  private Optional<String> ld(String field) {
    return ld.flatMap(node -> JsonFields.text(node, field));
  }

  private static Optional<LocalDate> firstDate(List<String> keys, Function<String, Optional<String>> get) {
    return keys.stream().map(get).flatMap(Optional::stream).map(Dates::parse).flatMap(Optional::stream).findFirst();
  }

  private Optional<String> first(String css) {
    return Optional.ofNullable(doc.selectFirst(css)).map(Element::text).filter(t -> !Text.isBlank(t));
  }

  private Optional<String> first(String css, String attribute) {
    return Optional.ofNullable(doc.selectFirst(css)).map(e -> e.attr(attribute)).filter(t -> !Text.isBlank(t));
  }

  /** Drops a trailing " | Site Name" from a {@code <title>} when it names the site. */
  private static String withoutSiteName(String title, Optional<String> site) {
    Matcher m = SITE_SUFFIX.matcher(title);
    return m.find() && site.filter(s -> s.equalsIgnoreCase(m.group(1).strip())).isPresent()
        ? title.substring(0, m.start())
        : title;
  }
}
