package dev.dealgraph.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads news-API JSON: one record, an array of records, an object holding them under {@code articles} (or
 * {@code items}, {@code results}, {@code data}), or JSON Lines.
 *
 * <p>A record is an article when it has a title or a text field ({@code description}, {@code content},
 * {@code text}, {@code body}…); anything else is refused with the fields it held instead. Text fields holding HTML
 * are read as HTML. The "[+1234 chars]" that news APIs append to cut-off content is dropped.
 */
final class JsonReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> CONTAINERS = List.of("articles", "items", "results", "data", "documents");
  private static final Pattern CUT_OFF_MARK = Pattern.compile("\\s*\\[\\+\\d+ chars\\]\\s*$");
  private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(?:p|div|br|a|span|b|i|em|strong|ul|li|h[1-6])\\b");
  private static final int FIELDS_IN_MESSAGE = 8;

  private JsonReader() {}

  /** Reads JSON text into its documents, or says in one line why it is not news-API JSON. */
  static Batch read(String origin, String text) {
    List<JsonNode> values = values(origin, text);
    if (values.size() > 1) {
      return records(origin, values);
    }
    JsonNode root = values.isEmpty() ? MAPPER.nullNode() : values.get(0);
    if (root.isArray()) {
      return records(origin, list(root));
    }
    if (root.isObject()) {
      for (String name : CONTAINERS) {
        JsonNode items = root.get(name);
        if (items != null && items.isArray()) {
          return records(origin, list(items));
        }
      }
      return Batch.single(record(origin, root));
    }
    throw DealGraphException.invalidContent(origin + ": JSON is not an article: the top level is "
        + root.getNodeType().toString().toLowerCase(Locale.ROOT) + ", not an object or an array");
  }

  private static List<JsonNode> values(String origin, String text) {
    // Parsed value by value, so that JSON Lines gives its lines and a top-level array stays one array.
    try (JsonParser parser = MAPPER.createParser(text)) {
      List<JsonNode> values = new ArrayList<>();
      for (JsonNode value = MAPPER.readTree(parser); value != null; value = MAPPER.readTree(parser)) {
        values.add(value);
      }
      return values;
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw DealGraphException.invalidContent(origin + ": not valid JSON" + where + ": "
          + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    } catch (IOException e) {
      throw DealGraphException.invalidContent(origin + ": cannot read JSON: " + e.getMessage(), e);
    }
  }

  private static String fieldList(JsonNode node) {
    List<String> names = JsonFields.names(node);
    if (names.isEmpty()) {
      return "no fields";
    }
    String shown = String.join(", ", names.subList(0, Math.min(names.size(), FIELDS_IN_MESSAGE)));
    return names.size() > FIELDS_IN_MESSAGE ? shown + ", …" : shown;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private static Batch records(String origin, List<JsonNode> items) {
    if (items.isEmpty()) {
      throw DealGraphException.invalidContent(origin + ": JSON holds no articles (the list is empty)");
    }
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      drafts.add(record(Batch.itemOrigin(origin, i), items.get(i)));
    }
    return new Batch(drafts, true);
  }

  private static Draft record(String origin, JsonNode node) {
    if (!node.isObject()) {
      throw DealGraphException.invalidContent(origin + ": JSON is not an article: expected an object, found "
          + node.getNodeType().toString().toLowerCase(Locale.ROOT));
    }
    Optional<String> body = JsonFields.text(node, JsonFields.BODY).map(b -> CUT_OFF_MARK.matcher(b).replaceFirst(""));
    if (JsonFields.text(node, JsonFields.TITLE).isEmpty() && body.isEmpty()
        && JsonFields.text(node, JsonFields.LEAD).isEmpty()) {
      throw DealGraphException.invalidContent(origin + ": JSON is not an article: no title, description or content"
          + " field (it has " + fieldList(node) + ")");
    }
    Draft.Builder draft = JsonFields.fill(Draft.of("json"), node, origin);
    List<String> lines = body.map(b -> HTML_TAG.matcher(b).find() ? Markup.asLines(Markup.ofHtml(b))
        : b.lines().toList()).orElse(List.of());
    return PlainTextReader.read(draft, lines);
  }
}
