package dev.dealgraph;

import java.util.Objects;

/**
 * Signals a failure of DealGraph's own making or of its input; the one exception type domain code throws.
 *
 * <p>Each instance carries a {@link Kind} that the delivery layers map once: the HTTP layer to a status
 * code and an {@code application/problem+json} body, the command line to an exit code.
 */
public class DealGraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, in the terms a caller can act on. */
  public enum Kind {
    /** A parameter or option breaks a stated rule. */
    BAD_PARAMETER(400, "Bad parameter"),
    /** The caller is not allowed to write. */
    UNAUTHORIZED(401, "Unauthorized"),
    /** The caller may not write: writes are off, or the token is wrong. */
    FORBIDDEN(403, "Forbidden"),
    /** A looked-up resource does not exist. */
    NOT_FOUND(404, "Not found"),
    /** The requested representation cannot be produced. */
    NOT_ACCEPTABLE(406, "Not acceptable"),
    /** The content is larger than the configured limit. */
    TOO_LARGE(413, "Content too large"),
    /** The content type is not one DealGraph reads. */
    UNSUPPORTED_TYPE(415, "Unsupported media type"),
    /** The content was read but is not a usable article or graph. */
    INVALID_CONTENT(422, "Unprocessable content"),
    /** A query ran past its time limit. */
    TIMEOUT(503, "Query timeout"),
    /** The store cannot take the request now (locked, full, closed). */
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    Kind(int status, String title) {
      this.status = status;
      this.title = title;
    }

    /** Returns the HTTP status this kind maps to. */
    public int status() {
      return status;
    }

    /** Returns the short human title of this kind. */
    public String title() {
      return title;
    }
  }

  private final Kind kind;

  public DealGraphException(Kind kind, String message) {
    this(kind, message, null);
  }

  public DealGraphException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** Returns what went wrong. */
  public Kind kind() {
    return kind;
  }

  /** Creates an exception for a parameter that breaks a rule, e.g. {@code "limit must be 1..1000: 0"}. */
  public static DealGraphException badParameter(String message) {
    return new DealGraphException(Kind.BAD_PARAMETER, message);
  }

  /** Creates an exception for a resource that does not exist. */
  public static DealGraphException notFound(String message) {
    return new DealGraphException(Kind.NOT_FOUND, message);
  }

  /** Creates an exception for content that was read but cannot be used. */
  public static DealGraphException invalidContent(String message) {
    return new DealGraphException(Kind.INVALID_CONTENT, message);
  }

  /** Creates an exception for content that was read but cannot be used, keeping its cause. */
  public static DealGraphException invalidContent(String message, Throwable cause) {
    return new DealGraphException(Kind.INVALID_CONTENT, message, cause);
  }

  /** Creates an exception for a store that cannot serve the request now. */
  public static DealGraphException unavailable(String message, Throwable cause) {
    return new DealGraphException(Kind.UNAVAILABLE, message, cause);
  }
}
