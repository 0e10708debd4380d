package dev.dealgraph.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * Says what one measured phase of a benchmark did and what it cost.
 *
 * @param articles  articles handled, zero when the phase does not handle articles
 * @param quads     quads in the store at the end
 * @param elapsed   wall-clock time
 * @param cpu       processor time of the whole process during the phase
 * @param peakRss   the process's peak resident set size during the phase, mapped store files included
 * @param peakAnon  the peak of its anonymous part: heap and JVM memory, without mapped files
 * @param peakHeap  the most heap found in use just after a garbage collection during the phase
 * @param diskBytes the store's size on disk at the end
 */
record Phase(long articles, long quads, Duration elapsed, Duration cpu, long peakRss, long peakAnon,
    long peakHeap, long diskBytes) {

  /** Returns quads stored per second of wall-clock time. */
  double quadsPerSecond() {
    return quads / seconds();
  }

  /** Returns quads stored per second of processor time, the measure a busy shared machine distorts least. */
  double quadsPerCpuSecond() {
    return quads / (cpu.toNanos() / 1e9);
  }

  /** Returns articles per second of wall-clock time. */
  double articlesPerSecond() {
    return articles / seconds();
  }

  double seconds() {
    return elapsed.toNanos() / 1e9;
  }

  /** Returns the figures as one cell: time, rates, memory and disk. */
  String line() {
    return String.format(Locale.ROOT, "%.1f s (%.1f s CPU), %s%,.0f quads/s, peak RSS %s (%s without mapped store "
            + "files), peak heap after GC %s, store %s", seconds(), cpu.toNanos() / 1e9,
        articles > 0 ? String.format(Locale.ROOT, "%.1f articles/s, ", articlesPerSecond()) : "",
        quadsPerSecond(), Memory.mb(peakRss), Memory.mb(peakAnon), Memory.mb(peakHeap), Memory.mb(diskBytes));
  }

  /** Writes the figures to {@code file}, for the process that started this one. */
  void write(Path file) {
    Properties p = new Properties();
    p.setProperty("articles", Long.toString(articles));
    p.setProperty("quads", Long.toString(quads));
    p.setProperty("elapsedNanos", Long.toString(elapsed.toNanos()));
    p.setProperty("cpuNanos", Long.toString(cpu.toNanos()));
    p.setProperty("peakRss", Long.toString(peakRss));
    p.setProperty("peakAnon", Long.toString(peakAnon));
    p.setProperty("peakHeap", Long.toString(peakHeap));
    p.setProperty("diskBytes", Long.toString(diskBytes));
    try (Writer out = Files.newBufferedWriter(file)) {
      p.store(out, "one measured phase");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads figures written by {@link #write(Path)}. */
  static Phase read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Phase(number(p, "articles"), number(p, "quads"), Duration.ofNanos(number(p, "elapsedNanos")),
        Duration.ofNanos(number(p, "cpuNanos")), number(p, "peakRss"), number(p, "peakAnon"), number(p, "peakHeap"),
        number(p, "diskBytes"));
  }

  private static long number(Properties p, String key) {
    return Long.parseLong(p.getProperty(key, "0"));
  }

  /** Measures one phase: resets the memory peaks, runs {@code work} and collects the figures. */
  static Phase measure(Work work) {
    Memory.resetPeaks();
    long cpu = processCpu();
    long started = System.nanoTime();
    try (PeakSampler anonymous = new PeakSampler("memory", () -> Memory.status("RssAnon"), 250);
         HeapAfterGc heap = new HeapAfterGc()) {
      Work.Result r = work.run();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      return new Phase(r.articles(), r.quads(), elapsed, Duration.ofNanos(processCpu() - cpu), Memory.peakRss(),
          anonymous.peak(), heap.peak(), r.diskBytes());
    }
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Does the work of a phase and says what it produced. */
  @FunctionalInterface
  interface Work {
    /** What the phase produced. */
    record Result(long articles, long quads, long diskBytes) {}

    Result run();
  }
}
