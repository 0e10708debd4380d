package dev.dealgraph.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Configures the HTTP server.
 *
 * @param host           the address to bind ("0.0.0.0" for all, "127.0.0.1" for loopback only)
 * @param port           the port; 0 picks a free one
 * @param writeToken     the bearer token that allows writes; empty turns writes off
 * @param queryTimeout   the longest a SPARQL query may run
 * @param corsOrigins    origins allowed to call the server from a browser; empty turns CORS off
 * @param maxUploadBytes the largest request body accepted for writes
 * @param responseCacheBytes bytes of JSON API answers remembered by ETag; 0 remembers none
 */
public record ServerConfig(
    String host, int port, Optional<String> writeToken, Duration queryTimeout, List<String> corsOrigins,
    long maxUploadBytes, long responseCacheBytes) {

  /** Bytes of JSON API answers remembered by default. */
  public static final long DEFAULT_RESPONSE_CACHE_BYTES = 64L * 1024 * 1024;

  /** The largest query response held back so that a late error is still reported properly. */
  public static final long MAX_BUFFERED_BYTES = 64L * 1024 * 1024;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(writeToken, "writeToken");
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    corsOrigins = List.copyOf(corsOrigins);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (maxUploadBytes <= 0) {
      throw new IllegalArgumentException("upload limit must be positive: " + maxUploadBytes);
    }
    if (responseCacheBytes < 0) {
      throw new IllegalArgumentException("response cache size must not be negative: " + responseCacheBytes);
    }
  }

  /** Configures the server with the default response cache. */
  public ServerConfig(String host, int port, Optional<String> writeToken, Duration queryTimeout,
      List<String> corsOrigins, long maxUploadBytes) {
    this(host, port, writeToken, queryTimeout, corsOrigins, maxUploadBytes, DEFAULT_RESPONSE_CACHE_BYTES);
  }

  /** Returns a configuration for tests: loopback, a free port, the given token, a short timeout. */
  public static ServerConfig forTests(Optional<String> writeToken) {
    return new ServerConfig("127.0.0.1", 0, writeToken, Duration.ofSeconds(5), List.of(), 5L * 1024 * 1024);
  }
}
