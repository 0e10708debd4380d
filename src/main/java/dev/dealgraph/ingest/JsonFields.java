package dev.dealgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Looks up article fields in JSON-shaped data (news-API records, front matter, JSON-LD) under their usual names. */
final class JsonFields {
  static final String[] TITLE = {"title", "headline"};
  static final String[] PUBLISHED = {"published", "publishedAt", "published_at", "publishDate", "publish_date",
      "pubDate", "datePublished", "date", "created", "created_at"};
  static final String[] UPDATED = {"updated", "updatedAt", "updated_at", "lastmod", "modified", "dateModified"};
  static final String[] SOURCE = {"source", "publisher", "site_name", "siteName", "site"};
  static final String[] URL = {"url", "link", "permalink", "canonical", "canonical_url", "source_link",
      "source_url"};
  static final String[] AUTHOR = {"author", "authors", "byline", "creator"};
  static final String[] LEAD = {"summary", "description"};
  static final String[] BODY = {"content", "text", "body", "articleBody", "article", "full_text", "fullText"};
  private static final String[] BASE = {"base_url", "baseURL", "baseUrl", "base"};

  private JsonFields() {}

  /**
   * Reads an article's fields into the draft: title, dates, source, URL (resolved against a base the fields name,
   * else against {@code origin}), author, summary and description as the lead, other scalars as metadata.
   */
  static Draft.Builder fill(Draft.Builder draft, JsonNode fields, String origin) {
    String base = text(fields, BASE).orElse(origin);
    draft.title(text(fields, TITLE).map(Markup::plain))
        .published(text(fields, PUBLISHED).flatMap(Dates::parse))
        .published(text(fields, UPDATED).flatMap(Dates::parse))
        .source(text(fields, SOURCE))
        .url(text(fields, URL).map(u -> Urls.resolve(base, u)))
        .lead(Stream.of(LEAD).map(k -> text(fields, k)).flatMap(Optional::stream).map(Markup::plain).toList());
    text(fields, AUTHOR).ifPresent(a -> draft.meta("author", a));
    Set<String> consumed = Stream.concat(Stream.of(TITLE), Stream.of(BODY)).collect(Collectors.toSet());
    for (Map.Entry<String, JsonNode> field : fields.properties()) {
      if (field.getValue().isValueNode() && !consumed.contains(field.getKey())) {
        draft.meta(field.getKey(), field.getValue().asText());
      }
    }
    return draft;
  }

  /**
   * Returns the first field among {@code names} that holds a usable value: a string or number, an object's
   * {@code name}, or the values of an array joined with commas.
   */
  static Optional<String> text(JsonNode object, String... names) {
    for (String name : names) {
      Optional<String> value = text(object.get(name));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isValueNode()) {
      return Optional.of(node.asText()).filter(s -> !Text.isBlank(s));
    }
    if (node.isObject()) {
      return text(node, "name", "@value", "title", "url", "@id");
    }
    if (node.isArray()) {
      StringJoiner joined = new StringJoiner(", ");
      node.forEach(item -> text(item).ifPresent(joined::add));
      return Optional.of(joined.toString()).filter(s -> !s.isEmpty());
    }
    return Optional.empty();
  }

  /** Returns the names of the object's fields, for messages that say what a record held instead. */
  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
