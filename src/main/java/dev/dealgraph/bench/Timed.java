package dev.dealgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;

/**
 * Runs a piece of work over the items of a corpus again and again for a fixed time, on one or more threads, and
 * counts how many items were done; a warm-up run first lets the JIT compile the hot code.
 */
final class Timed {
  /**
   * What a timed run did.
   *
   * @param items   items done, summed over threads
   * @param bytes   what the work reported for the items it did, summed (bytes read, tokens found)
   * @param elapsed wall-clock time
   * @param cpu     processor time the working threads used, summed; on a shared machine the honest measure of
   *                work per core, since wall-clock time also counts the time other processes held the cores
   * @param threads threads that worked
   */
  record Run(long items, long bytes, Duration elapsed, Duration cpu, int threads) {
    /** Returns items per second over all threads. */
    double perSecond() {
      return items / seconds();
    }

    /** Returns megabytes (or millions of whatever the work counted) per second over all threads. */
    double megaPerSecond() {
      return bytes / 1e6 / seconds();
    }

    /** Returns megabytes (or millions) per second of processor time: the speed of one fully used core. */
    double megaPerCpuSecond() {
      return bytes / 1e6 / (cpu.toNanos() / 1e9);
    }

    /** Returns items per second of processor time. */
    double perCpuSecond() {
      return items / (cpu.toNanos() / 1e9);
    }

    private double seconds() {
      return elapsed.toNanos() / 1e9;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Timed() {}

  /**
   * Calls {@code work} with item indexes {@code 0..size-1}, round and round, on {@code threads} threads until
   * {@code duration} has passed, summing what it returns; each thread starts at a different place in the corpus.
   */
  static Run run(int size, Duration duration, int threads, IntToLongFunction work) {
    AtomicLong done = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    long deadline = System.nanoTime() + duration.toNanos();
    long started = System.nanoTime();
    Threads.runAll(threads, "bench", t -> {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long mine = 0;
      long weight = 0;
      for (int i = t * size / threads; System.nanoTime() < deadline; i = (i + 1) % size) {
        weight += work.applyAsLong(i);
        mine++;
      }
      done.addAndGet(mine);
      bytes.addAndGet(weight);
      cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
    });
    return new Run(done.get(), bytes.get(), Duration.ofNanos(System.nanoTime() - started),
        Duration.ofNanos(cpu.get()), threads);
  }
}
