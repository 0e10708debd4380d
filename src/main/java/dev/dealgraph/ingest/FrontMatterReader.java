package dev.dealgraph.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown or HTML that opens with front matter: TOML between {@code +++} lines or YAML between {@code ---}
 * lines, at the very start of the content.
 *
 * <p>A {@code ---} later in the body is a Markdown rule, never front matter. A relative {@code url} is kept as
 * given, or resolved when the front matter names a base URL or the origin is itself a URL.
 */
final class FrontMatterReader {
  private static final Pattern TOML = Pattern.compile("\\A\\+\\+\\+[ \\t]*\\n(.*?)\\n\\+\\+\\+[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
  private static final Pattern YAML = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
  private static final ObjectMapper TOML_MAPPER = new TomlMapper();
  private static final ObjectMapper YAML_MAPPER = new YAMLMapper();

  static final String[] TITLE = {"title", "headline"};
  static final String[] PUBLISHED = {"published", "publishDate", "publish_date", "pubDate", "published_at",
      "publishedAt", "datePublished", "date", "created", "created_at"};
  static final String[] UPDATED = {"updated", "lastmod", "modified", "dateModified", "updated_at"};
  static final String[] SOURCE = {"source", "publisher", "site_name", "siteName", "site"};
  static final String[] URL = {"url", "link", "permalink", "canonical", "canonical_url", "source_link", "source_url"};
  static final String[] BASE = {"base_url", "baseURL", "baseUrl", "base"};
  static final String[] AUTHOR = {"author", "authors", "byline", "creator"};
  private static final List<String> LEAD = List.of("summary", "description");

  private FrontMatterReader() {}

  /** Returns whether the text opens with a front-matter block that parses as a map. */
  static boolean accepts(String text) {
    return split(text).isPresent();
  }

  /** Reads text that {@link #accepts} accepts; {@code origin} serves as the base of a relative URL. */
  static Draft read(String origin, String text) {
    Split split = split(text).orElseThrow();
    JsonNode fields = split.fields();
    Draft.Builder draft = Draft.of("front matter")
        .title(JsonFields.text(fields, TITLE))
        .published(JsonFields.text(fields, PUBLISHED).flatMap(Dates::parse))
        .published(JsonFields.text(fields, UPDATED).flatMap(Dates::parse))
        .source(JsonFields.text(fields, SOURCE))
        .url(JsonFields.text(fields, URL).map(u -> Urls.resolve(JsonFields.text(fields, BASE).orElse(origin), u)));
    JsonFields.text(fields, AUTHOR).ifPresent(a -> draft.meta("author", a));
    fields.fields().forEachRemaining(e -> {
      if (e.getValue().isValueNode() && !List.of(TITLE).contains(e.getKey())) {
        draft.meta(e.getKey(), e.getValue().asText());
      }
    });
    List<String> lead = LEAD.stream().map(k -> JsonFields.text(fields, k)).flatMap(Optional::stream).toList();
    return PlainTextReader.read(draft.lead(lead), Markup.asLines(Markup.paragraphs(split.body())));
  }

  private record Split(JsonNode fields, String body) {}

  private static Optional<Split> split(String text) {
    for (Pattern p : new Pattern[] {TOML, YAML}) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        try {
          JsonNode fields = (p == TOML ? TOML_MAPPER : YAML_MAPPER).readTree(m.group(1));
          if (fields != null && fields.isObject()) {
            return Optional.of(new Split(fields, text.substring(m.end())));
          }
        } catch (JacksonException notFrontMatter) {
          // A block that does not parse is not front matter: the text is read as a whole by another reader.
        }
      }
    }
    return Optional.empty();
  }
}
