package dev.dealgraph.store;

import dev.dealgraph.DealGraphException;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A write transaction held open on one thread across several steps, so that a batch is written article by article
 * as each is ready and committed once; closing it without a commit keeps nothing of it.
 */
public final class WriteTransaction implements AutoCloseable {
  private final DatasetGraph dataset;
  private final Runnable onCommit;
  private boolean open = true;

  private WriteTransaction(DatasetGraph dataset, Runnable onCommit) {
    this.dataset = dataset;
    this.onCommit = onCommit;
  }

  static WriteTransaction begin(DatasetGraph dataset, Runnable onCommit) {
    dataset.begin(TxnType.WRITE);
    return new WriteTransaction(dataset, onCommit);
  }

  /** Runs one step of the transaction. */
  public void run(Runnable work) {
    storeErrors(work);
  }

  /** Makes everything written so far durable and ends the transaction. */
  public void commit() {
    storeErrors(dataset::commit);
    open = false;
    dataset.end();
    onCommit.run();
  }

  /** Ends the transaction, discarding it when it was not committed. */
  @Override
  public void close() {
    if (open) {
      open = false;
      dataset.abort();
      dataset.end();
    }
  }

  private static void storeErrors(Runnable work) {
    try {
      work.run();
    } catch (InternalError e) {
      // TDB2 reports a full disk as InternalError; the transaction is aborted and nothing acknowledged is lost.
      throw DealGraphException.unavailable("the store cannot write (disk full?): " + e.getMessage(), e);
    }
  }
}
