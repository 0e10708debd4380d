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
  private static final Pattern TOML =
      Pattern.compile("\\A\\+\\+\\+[ \\t]*\\n(.*?)\\n\\+\\+\\+[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
  private static final Pattern YAML =
      Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
  private static final ObjectMapper TOML_MAPPER = new TomlMapper();
  private static final ObjectMapper YAML_MAPPER = new YAMLMapper();


  private FrontMatterReader() {}

  /** Returns whether the text opens with a block between front-matter delimiters, parsed or not. */
  static boolean opens(String text) {
    return TOML.matcher(text).find() || YAML.matcher(text).find();
  }

  /**
   * Reads text that opens with front matter; empty when the block does not parse as a map, which makes it no
   * front matter at all. {@code origin} serves as the base of a relative URL.
   */
  static Optional<Draft> read(String origin, String text) {
    return split(text).map(split -> PlainTextReader.read(JsonFields.fill(Draft.of("front matter"), split.fields(),
        origin), Markup.asLines(Markup.paragraphs(split.body()))));
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
