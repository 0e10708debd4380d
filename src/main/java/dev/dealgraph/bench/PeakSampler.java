package dev.dealgraph.bench;

import java.util.function.LongSupplier;

/** Follows the peak of a quantity (memory, disk use) by reading it every so often on a daemon thread. */
final class PeakSampler implements AutoCloseable {
  private final LongSupplier quantity;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  PeakSampler(String name, LongSupplier quantity, long everyMillis) {
    this.quantity = quantity;
    this.thread = new Thread(() -> {
      while (running) {
        peak = Math.max(peak, quantity.getAsLong());
        try {
          Thread.sleep(everyMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Returns the largest value read so far, reading it once more now. */
  long peak() {
    return Math.max(peak, quantity.getAsLong());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
