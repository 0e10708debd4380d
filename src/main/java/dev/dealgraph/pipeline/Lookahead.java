package dev.dealgraph.pipeline;

import dev.dealgraph.DealGraphException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps the items of an iterator on worker threads, at most a fixed number ahead of the consumer, and hands the
 * results back in the source's order; with no workers it maps on the consumer's thread, one item at a time.
 *
 * <p>The source is only ever advanced on the consumer's thread. A failure of the mapping is thrown from
 * {@link #next()} for the item that failed, as it would have been without workers.
 */
final class Lookahead<T, R> implements Iterator<R>, AutoCloseable {
  private final Iterator<T> source;
  private final Function<T, R> work;
  private final ExecutorService pool;
  private final int window;
  private final Deque<Future<R>> pending = new ArrayDeque<>();

  private Lookahead(Iterator<T> source, Function<T, R> work, ExecutorService pool, int window) {
    this.source = source;
    this.work = work;
    this.pool = pool;
    this.window = window;
  }

  /**
   * Starts mapping {@code source} with {@code workers} threads (none: on the consumer's thread), keeping at most
   * {@code window} items in flight.
   */
  static <T, R> Lookahead<T, R> start(Iterator<T> source, Function<T, R> work, int workers, int window) {
    if (workers < 0 || window < 1) {
      throw new IllegalArgumentException("workers must be >= 0 and window >= 1: " + workers + ", " + window);
    }
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool = workers == 0 ? null : Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "dealgraph-prepare-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    return new Lookahead<>(source, work, pool, window);
  }

  @Override
  public boolean hasNext() {
    return !pending.isEmpty() || source.hasNext();
  }

  /** Tells whether {@link #next()} would return without waiting for a worker. */
  boolean nextReady() {
    return pool != null && !pending.isEmpty() && pending.peek().isDone();
  }

  @Override
  public R next() {
    if (pool == null) {
      return work.apply(source.next());
    }
    while (pending.size() < window && source.hasNext()) {
      T item = source.next();
      pending.add(pool.submit(() -> work.apply(item)));
    }
    if (pending.isEmpty()) {
      throw new NoSuchElementException();
    }
    return result(pending.poll());
  }

  private R result(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DealGraphException.unavailable("interrupted while waiting for an article to be prepared", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops the workers; results not taken yet are dropped. */
  @Override
  public void close() {
    if (pool != null) {
      pending.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }
}
