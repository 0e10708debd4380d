package dev.dealgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Shortens content to the 16 hex characters that name a deal, a round, a claim or an amount. */
final class Hashes {
  /** Separates parts so that ("ab", "c") and ("a", "bc") hash differently. */
  private static final String SEPARATOR = "\u001f";

  private Hashes() {}

  /** Returns the first 16 hex characters of the SHA-256 of the parts joined by a separator. */
  static String short16(String... parts) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
