package dev.dealgraph.bench;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Loads an N-Quads file into a new TDB2 store with Jena's basic loader, the reference ingest is compared with. */
final class JenaLoader {
  private JenaLoader() {}

  /** Loads {@code nquads} into a new store at {@code directory} and says how many quads it holds. */
  static Phase.Work.Result load(Path nquads, Path directory) {
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
