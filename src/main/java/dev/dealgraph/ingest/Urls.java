package dev.dealgraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;

/** Resolves a relative article URL against a base when the base is an absolute web address. */
final class Urls {
  private Urls() {}

  /** Returns whether {@code url} is an absolute URI. */
  static boolean isAbsolute(String url) {
    try {
      return new URI(url.strip()).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Returns {@code url} resolved against {@code base}, or {@code url} as given when either is unusable. */
  static String resolve(String base, String url) {
    try {
      URI target = new URI(url.strip());
      if (target.isAbsolute()) {
        return url.strip();
      }
      URI root = new URI(base.strip());
      boolean web = "http".equalsIgnoreCase(root.getScheme()) || "https".equalsIgnoreCase(root.getScheme());
      return web ? root.resolve(target).toString() : url.strip();
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }
}
