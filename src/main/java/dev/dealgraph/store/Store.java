package dev.dealgraph.store;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the one TDB2 database of a process and runs every access to it in a transaction.
 *
 * <p>The default graph seen by queries is the union of all named graphs.
 */
public final class Store implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Store.class);

  private final DatasetGraph dataset;
  private final Location location;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicInteger writersWaiting = new AtomicInteger();

  private Store(DatasetGraph dataset, Location location) {
    this.dataset = dataset;
    this.location = location;
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
  }

  /**
   * Opens the store in {@code directory}, creating it when absent.
   *
   * <p>A new store is built in a sibling temporary directory and renamed into place, so a kill during the very
   * first creation never leaves a half-made store behind.
   *
   * @throws DealGraphException UNAVAILABLE when another process holds the store or it cannot be created
   */
  public static Store open(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    try {
      if (!Files.exists(dir)) {
        createAtomically(dir);
      } else if (!Files.isDirectory(dir)) {
        throw DealGraphException.unavailable("store path is not a directory: " + dir, null);
      }
      Location location = Location.create(dir.toString());
      return new Store(DatabaseMgr.connectDatasetGraph(location), location);
    } catch (DealGraphException e) {
      throw e;
    } catch (TDBException | org.apache.jena.dboe.DBOpEnvException e) {
      throw DealGraphException.unavailable("cannot open store " + dir + ": " + lockReason(e), e);
    } catch (IOException e) {
      throw DealGraphException.unavailable("cannot create store " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Opens a fresh in-memory store, for tests and one-shot commands. */
  public static Store inMemory() {
    return new Store(DatabaseMgr.createDatasetGraph(), Location.mem());
  }

  private static void createAtomically(Path dir) throws IOException {
    Path parent = dir.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".creating-");
    DatasetGraph fresh = DatabaseMgr.connectDatasetGraph(temp.toString());
    Txn.executeWrite(fresh, () -> { });
    TDBInternal.expel(fresh);
    Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
    LOG.info("Created store {}", dir);
  }

  private static String lockReason(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    return message.toLowerCase().contains("lock") ? "it is in use by another process (" + message + ")" : message;
  }

  /** Returns the dataset; callers wrap every use in a transaction. */
  public DatasetGraph dataset() {
    return dataset;
  }

  /** Returns true when the store lives in memory only. */
  public boolean inMemoryOnly() {
    return location.isMem();
  }

  /** Runs {@code work} in a read transaction and returns its result. */
  public <T> T read(Supplier<T> work) {
    return Txn.calculateRead(dataset, work);
  }

  /** Runs {@code work} in a write transaction; nothing of it is kept if it throws. */
  public void write(Runnable work) {
    if (dataset.isInTransaction()) {
      work.run(); // part of a transaction already open on this thread, which commits or aborts it whole
      return;
    }
    WriteTransaction begun;
    writersWaiting.incrementAndGet();
    try {
      begun = beginWrite();
    } finally {
      writersWaiting.decrementAndGet();
    }
    try (WriteTransaction txn = begun) {
      txn.run(work);
      txn.commit();
    }
  }

  /** Tells whether a {@link #write} is waiting for the write transaction another thread holds. */
  public boolean writerWaiting() {
    return writersWaiting.get() > 0;
  }

  /** Begins a write transaction on the calling thread, to be committed or closed on that thread. */
  public WriteTransaction beginWrite() {
    return WriteTransaction.begin(dataset, generation::incrementAndGet);
  }

  /**
   * Returns a number that changes after every write through {@link #write}, for caches and ETags. Writes made
   * through the SPARQL Update and Graph Store endpoints bypass it; {@link #touch()} records them.
   */
  public long generation() {
    return generation.get();
  }

  /** Records a write made outside {@link #write}, so that caches keyed by {@link #generation()} refresh. */
  public void touch() {
    generation.incrementAndGet();
  }

  /**
   * Returns a token that changes with every committed write to the store's files, whatever wrote it (our
   * pipeline, SPARQL Update, the Graph Store protocol) and survives a restart; empty in memory. It digests TDB2's
   * index state files, which every commit that changes an index rewrites (the roots and allocation limits of its
   * copy-on-write B+trees), together with the name of the live data directory, which compaction changes.
   */
  public Optional<String> fingerprint() {
    return location.isMem() ? Optional.empty() : Fingerprint.of(Path.of(location.getDirectoryPath()));
  }

  /** Returns the path of a file of ours named {@code name} in the store's directory; empty in memory. */
  public Optional<Path> fileBeside(String name) {
    return location.isMem() ? Optional.empty() : Optional.of(Path.of(location.getDirectoryPath(), name));
  }

  /** Returns true when the store holds no named graph. */
  public boolean isEmpty() {
    return read(() -> !dataset.listGraphNodes().hasNext());
  }

  /** Returns how many named graphs and quads the store holds. */
  public StoreCounts counts() {
    return read(() -> {
      long graphs = 0;
      for (var it = dataset.listGraphNodes(); it.hasNext(); it.next()) {
        graphs++;
      }
      long quads = 0;
      for (var it = dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
        quads++;
      }
      return new StoreCounts(graphs, quads);
    });
  }

  /** Returns the bytes the store occupies on disk; zero in memory. */
  public long diskBytes() {
    if (location.isMem()) {
      return 0;
    }
    try (var files = java.nio.file.Files.walk(Path.of(location.getDirectoryPath()))) {
      return files.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Compacts the store when it occupies more than {@code ratio} times its size after the last compaction: TDB2's
   * copy-on-write indexes grow with every write transaction and only compaction gives the space back.
   *
   * @return true when the store was compacted
   */
  public boolean compactIfGrown(double ratio) {
    if (location.isMem()) {
      return false;
    }
    Path marker = compactedMarker();
    long before = diskBytes();
    Optional<Long> baseline = readBaseline(marker);
    if (baseline.isEmpty() || before <= ratio * baseline.get()) {
      if (baseline.isEmpty()) {
        recordBaseline(marker, before); // a store's first measure is its baseline: nothing to give back yet
      }
      return false;
    }
    if (!roomToCompact(before)) {
      return false;
    }
    compactNow(marker, before);
    return true;
  }

  /**
   * Compacts the store now, whatever its growth, and returns its size on disk after.
   *
   * @throws DealGraphException UNAVAILABLE when the disk has no room for the compacted copy
   */
  public long compact() {
    if (location.isMem()) {
      return 0;
    }
    long before = diskBytes();
    if (!roomToCompact(before)) {
      throw DealGraphException.unavailable("no room on the disk to compact store " + location.getDirectoryPath()
          + " (" + (before >> 20) + " MB)", null);
    }
    return compactNow(compactedMarker(), before);
  }

  /** The file that records the store's size after its last compaction. */
  private Path compactedMarker() {
    return Path.of(location.getDirectoryPath(), "dealgraph-compacted-bytes");
  }

  private long compactNow(Path marker, long before) {
    long started = System.nanoTime();
    DatabaseMgr.compact(dataset, true);
    long after = diskBytes();
    recordBaseline(marker, after);
    LOG.info("Compacted store {} from {} MB to {} MB in {} ms", location.getDirectoryPath(), before >> 20,
        after >> 20, (System.nanoTime() - started) / 1_000_000);
    return after;
  }

  /**
   * Tells whether the disk can hold a compacted copy beside the store: compaction writes the live data anew before
   * it deletes the old files, and a disk that fills up half-way through would stop every write. The live data is
   * estimated as half the store, what a store that doubled since its last compaction holds at most when the growth
   * was garbage, and more than a long batch ingest leaves (41.7 GB compacted to 16.2 GB at 70,000 articles).
   */
  private boolean roomToCompact(long storeBytes) {
    try {
      long free = Files.getFileStore(Path.of(location.getDirectoryPath())).getUsableSpace();
      if (free > storeBytes / 2) {
        return true;
      }
      LOG.warn("Not compacting store {}: it takes {} MB and the disk has {} MB free", location.getDirectoryPath(),
          storeBytes >> 20, free >> 20);
      return false;
    } catch (IOException e) {
      LOG.warn("Not compacting store {}: cannot read the free disk space: {}", location.getDirectoryPath(),
          e.getMessage());
      return false;
    }
  }

  private static void recordBaseline(Path marker, long bytes) {
    try {
      Files.writeString(marker, Long.toString(bytes));
    } catch (IOException e) {
      LOG.warn("Cannot record the store size in {}: {}", marker, e.getMessage());
    }
  }

  private static Optional<Long> readBaseline(Path marker) {
    try {
      return Optional.of(Long.parseLong(Files.readString(marker).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Closes the store and releases its lock. */
  @Override
  public void close() {
    if (!location.isMem()) {
      TDBInternal.expel(dataset);
      releaseLock();
    }
  }

  /**
   * Removes TDB2's lock file when it still names this process: TDB2 leaves it behind on close, and once the
   * process is gone its number can be reused by another process, which would make the store look locked.
   */
  private void releaseLock() {
    Path lock = Path.of(location.getDirectoryPath(), "tdb.lock");
    try {
      if (Files.exists(lock) && Files.readString(lock).trim().equals(Long.toString(ProcessHandle.current().pid()))) {
        Files.delete(lock);
      }
    } catch (IOException e) {
      LOG.warn("Cannot remove the lock file {}: {}", lock, e.getMessage());
    }
  }
}
