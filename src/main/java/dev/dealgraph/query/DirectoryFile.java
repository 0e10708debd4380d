package dev.dealgraph.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the directory's organizations and people in a file beside the store, tagged with the store's fingerprint,
 * so that a server restarted on an unchanged store finds every name without reading the store: on a store of
 * 100,000 articles that read takes seconds, because every article graph repeats the names it mentions.
 */
final class DirectoryFile {
  static final String NAME = "dealgraph-directory.json";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DirectoryFile.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The file's content: the store state it was read at, and what was read. */
  record Content(String fingerprint, List<Saved> actors) {}

  /** One organization or person as saved. */
  record Saved(String iri, String id, String name, String kind, String href, List<String> aliases,
      List<String> tickers, List<String> products, String wikidata, String country) {

    static Saved of(Actor a) {
      return new Saved(a.iri(), a.ref().id(), a.ref().name(), a.ref().kind(), a.ref().href(), a.aliases(),
          a.tickers(), a.products(), a.wikidata().orElse(null), a.country().orElse(null));
    }

    Actor actor() {
      return Actor.of(iri, new OrgRef(id, name, kind, href), aliases, tickers, products,
          Optional.ofNullable(wikidata), Optional.ofNullable(country));
    }
  }

  private DirectoryFile() {}

  /** Returns the saved directory when {@code file} was written at the store state {@code fingerprint}. */
  static Optional<List<Actor>> read(Path file, String fingerprint) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Content content = JSON.readValue(file.toFile(), Content.class);
      if (!fingerprint.equals(content.fingerprint())) {
        return Optional.empty();
      }
      return Optional.of(content.actors().stream().map(Saved::actor).toList());
    } catch (IOException | RuntimeException e) {
      LOG.warn("Ignoring the saved directory {}: {}", file, e.getMessage());
      return Optional.empty();
    }
  }

  /** Saves {@code actors} as read at store state {@code fingerprint}; a failure only costs the next start time. */
  static void write(Path file, String fingerprint, List<Actor> actors) {
    Path temp = file.resolveSibling(file.getFileName() + ".writing");
    try {
      JSON.writeValue(temp.toFile(), new Content(fingerprint, actors.stream().map(Saved::of).toList()));
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("Cannot save the directory to {}: {}", file, e.getMessage());
    }
  }
}
