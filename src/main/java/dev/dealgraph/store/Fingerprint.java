package dev.dealgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Digests the state of a TDB2 store on disk: the name of its live data directory, which compaction changes, and
 * the state files of its B+trees and object files, which every commit that changes them rewrites (roots and
 * allocation limits of copy-on-write trees only ever move on).
 */
final class Fingerprint {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Fingerprint.class);

  private Fingerprint() {}

  /** Returns the digest of the store in {@code directory}, or empty when it cannot be read. */
  static Optional<String> of(Path directory) {
    try (Stream<Path> dirs = Files.list(directory)) {
      Optional<Path> data = dirs.filter(d -> d.getFileName().toString().startsWith("Data-"))
          .filter(Files::isDirectory).max(Comparator.comparing(d -> d.getFileName().toString()));
      if (data.isEmpty()) {
        return Optional.empty();
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(data.get().getFileName().toString().getBytes(StandardCharsets.UTF_8));
      for (Path state : stateFiles(data.get())) {
        digest.update(state.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(state));
      }
      return Optional.of(HexFormat.of().formatHex(digest.digest()));
    } catch (IOException | NoSuchAlgorithmException e) {
      LOG.debug("Cannot read the state of store {}", directory, e);
      return Optional.empty();
    }
  }

  private static java.util.List<Path> stateFiles(Path data) throws IOException {
    try (Stream<Path> files = Files.list(data)) {
      return files.filter(f -> f.toString().endsWith(".bpt") || f.toString().endsWith(".bdf")).sorted().toList();
    }
  }
}
