package dev.dealgraph.sparql;

import dev.dealgraph.http.WriteToken;
import java.time.Duration;
import java.util.Objects;

/**
 * Configures the SPARQL endpoints.
 *
 * @param queryTimeout   the longest a query may run before it is cancelled
 * @param writeToken     who may use {@code /update} and write through {@code /data}
 * @param maxBuffered    the largest query response held back so that a late error can still be reported
 * @param maxUploadBytes the largest body accepted by {@code /update} and {@code /data}
 * @param onWrite        called after every successful write through {@code /update} or {@code /data}
 */
public record SparqlSettings(
    Duration queryTimeout, WriteToken writeToken, long maxBuffered, long maxUploadBytes, Runnable onWrite) {
  public SparqlSettings {
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    Objects.requireNonNull(writeToken, "writeToken");
    Objects.requireNonNull(onWrite, "onWrite");
    if (queryTimeout.isNegative() || queryTimeout.isZero()) {
      throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
    }
  }
}
