package dev.dealgraph.pipeline;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists the sample articles shipped in the jar ({@code data/articles/} of the source tree), so that
 * {@code serve} can load them into an empty store wherever the jar runs.
 */
public final class SampleCorpus {
  private static final String FOLDER = "/dealgraph/data/articles";

  private SampleCorpus() {}

  /** Returns one input per sample article file, sorted by name; README files are not articles. */
  public static List<Input> inputs() {
    URL folder = SampleCorpus.class.getResource(FOLDER);
    if (folder == null) {
      return List.of();
    }
    try {
      URI uri = folder.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = jarFileSystem(uri)) {
          return list(jar.provider().getPath(uri));
        }
      }
      return list(Path.of(uri));
    } catch (IOException | URISyntaxException e) {
      throw DealGraphException.unavailable("cannot list the sample corpus: " + e.getMessage(), e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      FileSystems.getFileSystem(uri);
      throw new IOException("the jar's file system is already open elsewhere");
    } catch (FileSystemNotFoundException e) {
      return FileSystems.newFileSystem(uri, Map.of());
    }
  }

  private static List<Input> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().toLowerCase().startsWith("readme"))
          .sorted()
          .map(p -> {
            byte[] bytes = readAll(p);
            return Input.of(folder.relativize(p).toString(), bytes, Optional.empty());
          })
          .toList();
    }
  }

  private static byte[] readAll(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw DealGraphException.unavailable("cannot read sample article " + p + ": " + e.getMessage(), e);
    }
  }
}
