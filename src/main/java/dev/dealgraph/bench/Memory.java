package dev.dealgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads this process's memory from {@code /proc/self/status}: the peak resident set size, which can be reset so
 * that one phase of a benchmark is measured alone, and any other field. The resident set counts the pages of the
 * memory-mapped store files too, so a {@link PeakSampler} also follows the anonymous part alone
 * ({@code RssAnon}): the heap and the JVM's own memory.
 */
final class Memory {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private Memory() {}

  /** Starts a new measuring phase: the peaks seen so far are forgotten where the platform allows it. */
  static void resetPeaks() {
    try {
      Files.writeString(CLEAR_REFS, "5"); // Linux: "5" resets the peak resident set size (VmHWM)
    } catch (IOException | RuntimeException e) {
      // Not Linux or not allowed: the peak then covers the whole process.
    }
  }

  /** Returns the peak resident set size in bytes since the last reset, zero when unknown. */
  static long peakRss() {
    return status("VmHWM");
  }

  /** Returns a field of {@code /proc/self/status} in bytes, zero when unknown. */
  static long status(String field) {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Unknown outside Linux.
    }
    return 0;
  }

  /** Writes bytes as megabytes. */
  static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.0f MB", bytes / 1e6);
  }
}
