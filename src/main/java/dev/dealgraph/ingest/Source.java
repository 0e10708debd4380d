package dev.dealgraph.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Names one input that {@link Sources} found, a file or standard input, without reading it: the bytes are read
 * only by {@link ArticleReader#read(Source)}.
 */
public final class Source {
  private final String origin;
  private final Optional<String> contentType;
  private final Optional<Path> path;
  private final InputStream stdin;

  private Source(String origin, Optional<String> contentType, Optional<Path> path, InputStream stdin) {
    this.origin = origin;
    this.contentType = contentType;
    this.path = path;
    this.stdin = stdin;
  }

  static Source file(Path path, Optional<String> contentType) {
    return new Source(path.toString(), contentType, Optional.of(path), null);
  }

  static Source stdin(InputStream in) {
    return new Source("stdin", Optional.empty(), Optional.empty(), in);
  }

  /** Returns the origin articles read from this input carry: the path as given, or "stdin". */
  public String origin() {
    return origin;
  }

  /** Returns the media type the file name suggests, a hint for the reader. */
  public Optional<String> contentType() {
    return contentType;
  }

  /** Returns the size of a file, known before it is read; empty for standard input. */
  OptionalLong size() throws IOException {
    return path.isPresent() ? OptionalLong.of(Files.size(path.get())) : OptionalLong.empty();
  }

  /** Opens the input; closing what it returns leaves standard input open for the rest of the process. */
  InputStream open() throws IOException {
    return path.isPresent() ? Files.newInputStream(path.get()) : new FilterInputStream(stdin) {
      @Override
      public void close() {
        // Standard input belongs to the process, not to this one read.
      }
    };
  }

  @Override
  public String toString() {
    return origin;
  }
}
