package dev.dealgraph.bench;

import dev.dealgraph.App;
import dev.dealgraph.ingest.Sources;
import dev.dealgraph.pipeline.Batching;
import dev.dealgraph.pipeline.Input;
import dev.dealgraph.pipeline.Summary;
import dev.dealgraph.store.Store;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Runs a batch ingest of a corpus on its own thread, as the ingest command would, until stopped or done. */
final class BackgroundIngest {
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicLong done = new AtomicLong();
  private final Thread thread;
  private final long started = System.nanoTime();
  private volatile Summary summary;

  private BackgroundIngest(Store store, Path corpus) {
    Iterator<Input> inputs = Sources.create().expand(List.of(corpus.toString())).map(Input::of).iterator();
    Iterator<Input> stoppable = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !stop.get() && inputs.hasNext();
      }

      @Override
      public Input next() {
        return inputs.next();
      }
    };
    thread = new Thread(() -> summary = App.ingestion(store, Batching.shared(App.BATCH_SIZE))
        .ingestAll(stoppable, o -> done.incrementAndGet()), "bench-batch");
  }

  /** Starts ingesting {@code corpus} into {@code store}. */
  static BackgroundIngest start(Store store, Path corpus) {
    BackgroundIngest ingest = new BackgroundIngest(store, corpus);
    ingest.thread.start();
    return ingest;
  }

  /** Returns how many articles have an outcome so far. */
  long done() {
    return done.get();
  }

  /** Stops after the inputs already taken, waits for the last commit and returns the summary. */
  Summary stop() throws InterruptedException {
    stop.set(true);
    thread.join();
    return summary;
  }

  /** Returns the seconds since the batch started. */
  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
