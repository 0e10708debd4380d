package dev.dealgraph.api;

import dev.dealgraph.DealGraphException;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an uploaded article from a request: its bytes and its declared type, refusing types DealGraph cannot read.
 *
 * @param bytes       the request body
 * @param contentType the declared media type, empty when the client let the server sniff it
 */
record UploadedArticle(byte[] bytes, Optional<String> contentType) {
  /** Media types the readers accept; anything else is refused with 415 rather than guessed at. */
  static final Set<String> READABLE = Set.of(
      "text/plain", "text/html", "application/xhtml+xml", "text/markdown", "text/x-markdown",
      "application/json", "application/x-ndjson", "application/jsonl", "application/json-seq",
      "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/octet-stream");

  static UploadedArticle from(Context ctx) {
    Optional<String> type = Optional.ofNullable(ctx.contentType())
        .map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty());
    if (type.isPresent() && !READABLE.contains(type.get())) {
      throw new DealGraphException(DealGraphException.Kind.UNSUPPORTED_TYPE, "cannot read an article of type "
          + type.get() + "; send one of " + String.join(", ", new java.util.TreeSet<>(READABLE))
          + ", or no Content-Type to let the server detect it");
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      throw DealGraphException.invalidContent("the request body is empty: send the article's content");
    }
    return new UploadedArticle(bytes, type.filter(t -> !t.equals("application/octet-stream")));
  }
}
