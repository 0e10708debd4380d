package dev.dealgraph.bench;

import dev.dealgraph.store.Export;
import dev.dealgraph.store.Store;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Loads the quads of a store into a new TDB2 store with Jena's basic loader, the reference ingest is compared with. */
final class JenaLoader {
  private JenaLoader() {}

  /**
   * Exports every quad of {@code store} to {@code nquads}, measures the basic loader on them into a new store at
   * {@code loaderStore}, then deletes both: only the loader's speed and size are wanted, and large stores need the
   * disk back.
   */
  static Phase reload(Path store, boolean gzip) {
    Path nquads = exportFile(store, gzip);
    Path loaderStore = loaderStore(store);
    try {
      export(store, nquads, gzip);
      Phase jena = Phase.measure(() -> load(nquads, loaderStore));
      DiskUsage.delete(loaderStore);
      Files.delete(nquads);
      return jena;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file the quads of {@code store} are exported to, beside it. */
  static Path exportFile(Path store, boolean gzip) {
    return store.resolveSibling(store.getFileName() + (gzip ? ".nq.gz" : ".nq"));
  }

  /** The directory the loader builds its store in, beside {@code store}. */
  static Path loaderStore(Path store) {
    return store.resolveSibling(store.getFileName() + "-loader");
  }

  private static void export(Path store, Path nquads, boolean gzip) throws IOException {
    try (Store opened = Store.open(store);
         OutputStream file = Files.newOutputStream(nquads);
         OutputStream target = new BufferedOutputStream(gzip ? new GZIPOutputStream(file, 1 << 16) : file, 1 << 20)) {
      new Export(opened).write(target, Export.Format.NQUADS, Optional.empty());
    }
  }

  /** Loads {@code nquads} into a new store at {@code directory} and says how many quads it holds. */
  private static Phase.Work.Result load(Path nquads, Path directory) {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory.toString()));
    try {
      DataLoader loader = LoaderFactory.basicLoader(dsg, (format, args) -> { });
      loader.startBulk();
      try {
        loader.load(nquads.toString());
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      long quads = Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
      return new Phase.Work.Result(0, quads, DiskUsage.of(directory));
    } finally {
      TDBInternal.expel(dsg);
    }
  }
}
