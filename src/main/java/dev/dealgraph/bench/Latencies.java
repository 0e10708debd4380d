package dev.dealgraph.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Summarises measured latencies: median, 99th percentile and maximum, by the nearest-rank method.
 *
 * @param count  how many were measured
 * @param p50    the median, in nanoseconds
 * @param p99    the 99th percentile, in nanoseconds
 * @param max    the largest, in nanoseconds
 */
record Latencies(int count, long p50, long p99, long max) {

  /** Summarises {@code nanos}; the array is sorted in place. */
  static Latencies of(long[] nanos) {
    if (nanos.length == 0) {
      return new Latencies(0, 0, 0, 0);
    }
    Arrays.sort(nanos);
    return new Latencies(nanos.length, rank(nanos, 0.50), rank(nanos, 0.99), nanos[nanos.length - 1]);
  }

  private static long rank(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** Returns "p50 3.1 ms, p99 12.0 ms, max 40.2 ms". */
  String line() {
    return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms", p50 / 1e6, p99 / 1e6, max / 1e6);
  }
}
