package dev.dealgraph.query;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps the directory's organizations and people in a file beside the store, tagged with the store's fingerprint,
 * so that a server restarted on an unchanged store finds every name without reading the store: on a store of
 * 100,000 articles that read takes seconds, because every article graph repeats the names it mentions.
 *
 * <p>The file is plain text, one line per organization or person with tab-separated fields, because a server
 * reads it once while starting, before any parser would have warmed up.
 */
final class DirectoryFile {
  static final String NAME = "dealgraph-directory.tsv";
  private static final String HEADER = "dealgraph-directory 1 ";
  private static final String LIST = "\u001f";
  private static final int FIELDS = 10;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DirectoryFile.class);

  private DirectoryFile() {}

  /** Returns the saved directory when {@code file} was written at the store state {@code fingerprint}. */
  static Optional<List<Actor>> read(Path file, String fingerprint) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (!(HEADER + fingerprint).equals(in.readLine())) {
        return Optional.empty();
      }
      List<Actor> actors = new ArrayList<>();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
          throw new IOException("a line has " + f.length + " fields instead of " + FIELDS);
        }
        actors.add(Actor.of(f[0], new OrgRef(f[1], f[2], f[3], f[4]), list(f[5]), list(f[6]), list(f[7]),
            optional(f[8]), optional(f[9])));
      }
      return Optional.of(List.copyOf(actors));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Ignoring the saved directory {}: {}", file, e.getMessage());
      return Optional.empty();
    }
  }

  /** Saves {@code actors} as read at store state {@code fingerprint}; a failure only costs the next start time. */
  static void write(Path file, String fingerprint, List<Actor> actors) {
    List<List<String>> rows = actors.stream().map(DirectoryFile::fields).toList();
    if (rows.stream().flatMap(List::stream).anyMatch(f -> f.contains("\t") || f.contains("\n") || f.contains("\r"))
        || actors.stream().flatMap(a -> Stream.of(a.aliases(), a.tickers(), a.products())).flatMap(List::stream)
            .anyMatch(member -> member.isEmpty() || member.contains(LIST))) {
      // A tab, a line break, an empty list member or the list separator would not read back as written.
      LOG.info("Not saving the directory: a name holds a character its file format cannot keep");
      return;
    }
    Path temp = file.resolveSibling(file.getFileName() + ".writing");
    try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      out.write(HEADER + fingerprint + "\n");
      for (List<String> row : rows) {
        out.write(String.join("\t", row));
        out.write('\n');
      }
    } catch (IOException e) {
      LOG.warn("Cannot save the directory to {}: {}", file, e.getMessage());
      return;
    }
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("Cannot save the directory to {}: {}", file, e.getMessage());
    }
  }

  private static List<String> fields(Actor a) {
    return List.of(a.iri(), a.ref().id(), a.ref().name(), a.ref().kind(), a.ref().href(),
        String.join(LIST, a.aliases()), String.join(LIST, a.tickers()), String.join(LIST, a.products()),
        a.wikidata().orElse(""), a.country().orElse(""));
  }

  private static List<String> list(String field) {
    return field.isEmpty() ? List.of() : Arrays.asList(field.split(LIST, -1));
  }

  private static Optional<String> optional(String field) {
    return field.isEmpty() ? Optional.empty() : Optional.of(field);
  }
}
