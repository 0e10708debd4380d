package dev.dealgraph.pipeline;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Names one input to ingest and how to read its bytes; reading is deferred so that a batch streams.
 *
 * @param origin      the name reported for it (a file path, "stdin", "upload")
 * @param contentType the declared media type, when known
 * @param content     reads the bytes when the input's turn comes
 */
public record Input(String origin, Optional<String> contentType, Content content) {

  /** Reads the bytes of an input. */
  @FunctionalInterface
  public interface Content {
    byte[] read() throws IOException;
  }

  public Input {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
  }

  /** Creates an input whose bytes are already in memory. */
  public static Input of(String origin, byte[] bytes, Optional<String> contentType) {
    return new Input(origin, contentType, () -> bytes);
  }
}
