package dev.dealgraph.pipeline;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files that appear or change in a directory tree while the server runs.
 *
 * <p>Events are gathered for a short quiet period before ingesting, so that a file still being written is read
 * once it is complete rather than half-way.
 */
public final class DirectoryWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);
  private static final long QUIET_MILLIS = 300;

  private final Path root;
  private final Ingestion ingestion;
  private final WatchService watcher;
  private final Thread thread;

  private DirectoryWatcher(Path root, Ingestion ingestion) throws IOException {
    this.root = root;
    this.ingestion = ingestion;
    this.watcher = FileSystems.getDefault().newWatchService();
    registerTree(root);
    this.thread = new Thread(this::run, "dealgraph-watch");
    this.thread.setDaemon(true);
  }

  /**
   * Starts watching {@code root}; files already there are ingested first (unchanged ones are no-ops).
   *
   * @throws DealGraphException BAD_PARAMETER when {@code root} is not a directory
   */
  public static DirectoryWatcher start(Path root, Ingestion ingestion) {
    if (!Files.isDirectory(root)) {
      throw DealGraphException.badParameter("--watch needs a directory: " + root);
    }
    try {
      DirectoryWatcher w = new DirectoryWatcher(root.toAbsolutePath().normalize(), ingestion);
      w.thread.start();
      LOG.info("Watching {} for new and changed articles", w.root);
      return w;
    } catch (IOException e) {
      throw DealGraphException.unavailable("cannot watch " + root + ": " + e.getMessage(), e);
    }
  }

  private void registerTree(Path dir) throws IOException {
    try (Stream<Path> dirs = Files.walk(dir)) {
      for (Iterator<Path> it = dirs.filter(Files::isDirectory).iterator(); it.hasNext(); ) {
        it.next().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      }
    }
  }

  private void run() {
    ingestFiles(existingFiles());
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Set<Path> changed = new LinkedHashSet<>();
        WatchKey key = watcher.take();
        do {
          collect(key, changed);
          key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        } while (key != null);
        ingestFiles(changed);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path name) {
        Path path = dir.resolve(name);
        if (Files.isDirectory(path)) {
          try {
            registerTree(path);
            try (Stream<Path> files = Files.walk(path)) {
              files.filter(Files::isRegularFile).forEach(changed::add);
            }
          } catch (IOException e) {
            LOG.warn("Cannot watch new directory {}: {}", path, e.getMessage());
          }
        } else {
          changed.add(path);
        }
      }
    }
    key.reset();
  }

  private Set<Path> existingFiles() {
    try (Stream<Path> files = Files.walk(root)) {
      Set<Path> all = new LinkedHashSet<>();
      files.filter(Files::isRegularFile).sorted().forEach(all::add);
      return all;
    } catch (IOException e) {
      LOG.warn("Cannot list {}: {}", root, e.getMessage());
      return Set.of();
    }
  }

  private void ingestFiles(Set<Path> files) {
    for (Path file : files) {
      if (!Files.isRegularFile(file) || file.getFileName().toString().startsWith(".")) {
        continue;
      }
      String origin = root.relativize(file).toString();
      Input input = new Input(origin, reader -> {
        try {
          return reader.read(origin, Files.readAllBytes(file), Optional.empty());
        } catch (java.io.IOException e) {
          throw DealGraphException.invalidContent(origin + ": cannot be read: " + e.getMessage(), e);
        }
      });
      try {
        ingestion.ingest(input).forEach(o -> LOG.info("Watched {}: {}{}", o.origin(), o.result(),
            o.reason().map(r -> " (" + r + ")").orElse("")));
      } catch (DealGraphException e) {
        LOG.warn("Watched {}: FAILED ({})", input.origin(), e.getMessage());
      }
    }
  }

  /** Stops watching. */
  @Override
  public void close() {
    thread.interrupt();
    try {
      watcher.close();
    } catch (IOException e) {
      LOG.debug("Closing the watch service failed", e);
    }
  }
}
