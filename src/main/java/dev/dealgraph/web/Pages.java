package dev.dealgraph.web;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the HTML pages served at resource IRIs: one page per kind of resource, whose script reads the resource
 * from its own URL. The pages live outside the static folder so that each has one address, its IRI.
 */
final class Pages {
  private static final String FOLDER = "/dealgraph/pages/";
  private static final Map<String, String> BY_SEGMENT = Map.of(
      "org", "org", "person", "org", "deal", "deal", "round", "round", "article", "article");

  private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

  /** Returns the page for resources of the given {@code /id/} segment; the generic resource page by default. */
  byte[] forSegment(String segment) {
    return named(BY_SEGMENT.getOrDefault(segment, "resource"));
  }

  /**
   * Returns the page {@code name}.html from the jar, read once.
   *
   * @throws DealGraphException when the page is missing from the jar
   */
  byte[] named(String name) {
    return loaded.computeIfAbsent(name, Pages::read);
  }

  private static byte[] read(String name) {
    String path = FOLDER + name + ".html";
    try (InputStream in = Pages.class.getResourceAsStream(path)) {
      if (in == null) {
        throw DealGraphException.notFound("page missing from the jar: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw DealGraphException.unavailable("cannot read page " + path + ": " + e.getMessage(), e);
    }
  }
}
