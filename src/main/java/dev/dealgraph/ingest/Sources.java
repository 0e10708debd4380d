package dev.dealgraph.ingest;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Expands command-line paths into inputs: a file as it is, a directory into the supported files below it, {@code -}
 * into standard input.
 *
 * <p>Directories are walked depth first in name order, one directory listing at a time, and nothing is read until
 * the stream is consumed, so a directory of any size is never held in memory. Below a directory, hidden entries
 * (names starting with "."), README files and files whose extension is not a supported text format are skipped,
 * and links to directories are not followed; a file named on the command line is read whatever its extension,
 * since the reader recognises formats by content.
 */
public final class Sources {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("txt", "text/plain"), Map.entry("text", "text/plain"),
      Map.entry("md", "text/markdown"), Map.entry("markdown", "text/markdown"),
      Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("xhtml", "application/xhtml+xml"),
      Map.entry("json", "application/json"), Map.entry("jsonl", "application/x-ndjson"),
      Map.entry("ndjson", "application/x-ndjson"),
      Map.entry("xml", "application/xml"), Map.entry("rss", "application/rss+xml"),
      Map.entry("atom", "application/atom+xml"));

  private final InputStream stdin;

  private Sources(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Creates an expander whose {@code -} is this process's standard input. */
  public static Sources create() {
    return withStdin(System.in);
  }

  /** Creates an expander whose {@code -} reads the given stream. */
  public static Sources withStdin(InputStream stdin) {
    return new Sources(stdin);
  }

  /**
   * Returns the inputs the paths name, lazily and in order; every path is checked before the stream is returned.
   *
   * @throws DealGraphException {@code NOT_FOUND} naming the first path that does not exist
   */
  public Stream<Source> expand(List<String> paths) {
    for (String p : paths) {
      if (!p.equals("-") && !Files.exists(Path.of(p))) {
        throw DealGraphException.notFound("no such file or directory: " + p);
      }
    }
    return paths.stream().flatMap(p -> p.equals("-") ? Stream.of(Source.stdin(stdin))
        : Files.isDirectory(Path.of(p)) ? walk(Path.of(p)) : Stream.of(Source.file(Path.of(p), type(Path.of(p)))));
  }

  private Stream<Source> walk(Path dir) {
    List<Path> entries;
    try (Stream<Path> listing = Files.list(dir)) {
      entries = listing.filter(Sources::isListed).sorted().toList();
    } catch (IOException e) {
      throw DealGraphException.invalidContent("cannot list directory " + dir + ": " + e.getMessage(), e);
    }
    return entries.stream().flatMap(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? walk(p)
        : Files.isRegularFile(p) && type(p).isPresent() ? Stream.of(Source.file(p, type(p))) : Stream.empty());
  }

  /** Hidden entries and README files are not articles. */
  private static boolean isListed(Path entry) {
    String name = entry.getFileName().toString();
    return !name.startsWith(".") && !name.toLowerCase(Locale.ROOT).startsWith("readme");
  }

  private static Optional<String> type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(TYPES.get(extension));
  }
}
