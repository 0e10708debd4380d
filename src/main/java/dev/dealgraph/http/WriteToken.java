package dev.dealgraph.http;

import dev.dealgraph.DealGraphException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Decides whether a request may write, from its {@code Authorization: Bearer …} header.
 *
 * <p>With no token configured, writes are off for everyone.
 */
public final class WriteToken {
  private final Optional<String> token;

  private WriteToken(Optional<String> token) {
    this.token = token;
  }

  /** Creates the check for {@code token}; an empty or blank token turns writes off. */
  public static WriteToken of(Optional<String> token) {
    return new WriteToken(token.filter(t -> !t.isBlank()));
  }

  /** Returns what a request with the given {@code Authorization} header may do. */
  public Verdict check(String authorizationHeader) {
    if (token.isEmpty()) {
      return Verdict.WRITES_OFF;
    }
    if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Verdict.MISSING;
    }
    byte[] given = authorizationHeader.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    byte[] expected = token.get().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, expected) ? Verdict.ALLOWED : Verdict.WRONG;
  }

  /**
   * Checks the header and returns quietly when the request may write.
   *
   * @throws DealGraphException UNAUTHORIZED without a bearer token, FORBIDDEN when writes are off or the token is
   *     wrong
   */
  public void require(String authorizationHeader) {
    Verdict verdict = check(authorizationHeader);
    if (verdict != Verdict.ALLOWED) {
      throw new DealGraphException(verdict.status() == 401 ? DealGraphException.Kind.UNAUTHORIZED
          : DealGraphException.Kind.FORBIDDEN, verdict.detail());
    }
  }

  /** The outcome of a write-token check, with the status and detail to answer when refused. */
  public enum Verdict {
    ALLOWED(200, ""),
    WRITES_OFF(403, "writes are disabled: the server was started without a write token (DEALGRAPH_WRITE_TOKEN)"),
    MISSING(401, "writes need an 'Authorization: Bearer <token>' header"),
    WRONG(403, "the bearer token is not the server's write token");

    private final int status;
    private final String detail;

    Verdict(int status, String detail) {
      this.status = status;
      this.detail = detail;
    }

    /** Returns the HTTP status to answer when refused. */
    public int status() {
      return status;
    }

    /** Returns why the write is refused. */
    public String detail() {
      return detail;
    }
  }
}
