package dev.dealgraph.pipeline;

import dev.dealgraph.ingest.Article;
import dev.dealgraph.ingest.ArticleReader;
import dev.dealgraph.ingest.Source;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Names one input to ingest and how the reader turns it into articles; reading is deferred until the input's turn
 * comes, so that a batch streams.
 *
 * @param origin  the name reported for it (a file path, "stdin", "upload")
 * @param reading reads the input's articles with the given reader
 */
public record Input(String origin, Function<ArticleReader, List<Article>> reading) {
  public Input {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reading, "reading");
  }

  /** Creates an input whose bytes are already in memory. */
  public static Input of(String origin, byte[] bytes, Optional<String> contentType) {
    return new Input(origin, reader -> reader.read(origin, bytes, contentType));
  }

  /** Creates an input for a file or standard input found by {@link dev.dealgraph.ingest.Sources}. */
  public static Input of(Source source) {
    return new Input(source.origin(), reader -> reader.read(source));
  }
}
