package dev.dealgraph.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds what a format reader found in one document, before normalisation, furniture removal and hashing.
 *
 * @param format    the format the document was read as ("text", "html", "markdown", "json", "feed"…)
 * @param title     the headline, when the document gives one
 * @param published the document's own publication date
 * @param source    the publisher
 * @param url       the document's URL, as given or resolved against a known base
 * @param lead      summary and description paragraphs, counted but never taken for furniture
 * @param body      the body paragraphs, furniture included
 * @param metadata  other fields the document carried
 */
record Draft(
    String format,
    Optional<String> title,
    Optional<LocalDate> published,
    Optional<String> source,
    Optional<String> url,
    List<String> lead,
    List<String> body,
    Map<String, String> metadata) {

  Draft {
    lead = List.copyOf(lead);
    body = List.copyOf(body);
    metadata = Map.copyOf(metadata);
  }

  /** Starts a draft of the given format with nothing found yet. */
  static Builder of(String format) {
    return new Builder(format);
  }

  /** Collects the fields of a draft in the order a reader finds them; the first value given for a field wins. */
  static final class Builder {
    private final String format;
    private Optional<String> title = Optional.empty();
    private Optional<LocalDate> published = Optional.empty();
    private Optional<String> source = Optional.empty();
    private Optional<String> url = Optional.empty();
    private List<String> lead = List.of();
    private List<String> body = List.of();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private Builder(String format) {
      this.format = format;
    }

    Builder title(Optional<String> value) {
      title = title.or(() -> value.filter(v -> !Text.isBlank(v)));
      return this;
    }

    Builder published(Optional<LocalDate> value) {
      published = published.or(() -> value);
      return this;
    }

    Builder source(Optional<String> value) {
      source = source.or(() -> value.filter(v -> !Text.isBlank(v)));
      return this;
    }

    Builder url(Optional<String> value) {
      url = url.or(() -> value.filter(v -> !Text.isBlank(v)));
      return this;
    }

    Builder lead(List<String> paragraphs) {
      lead = paragraphs;
      return this;
    }

    Builder body(List<String> paragraphs) {
      body = paragraphs;
      return this;
    }

    /** Keeps a metadata field unless it is blank or already set. */
    Builder meta(String key, String value) {
      if (!Text.isBlank(value)) {
        metadata.putIfAbsent(key, Text.clean(value));
      }
      return this;
    }

    Optional<String> title() {
      return title;
    }

    /** Returns whether a cleaned line repeats the title or a lead paragraph. */
    boolean repeats(String line) {
      return title.map(Text::clean).filter(line::equals).isPresent()
          || lead.stream().map(Text::clean).anyMatch(line::equals);
    }

    Draft build() {
      return new Draft(format, title, published, source, url, lead, body, metadata);
    }
  }
}
