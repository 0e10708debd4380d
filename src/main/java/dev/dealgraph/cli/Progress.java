package dev.dealgraph.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows ingest progress: a bar with count, rate and ETA on a terminal, plain lines every few seconds otherwise
 * (logs stay readable in CI).
 */
final class Progress implements AutoCloseable {
  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

  private final ProgressBar bar;
  private final PrintWriter plain;
  private final long total;
  private final long started = System.nanoTime();
  private long done;
  private long lastPlain = started;

  private Progress(ProgressBar bar, PrintWriter plain, long total) {
    this.bar = bar;
    this.plain = plain;
    this.total = total;
  }

  /** Starts showing progress toward {@code total} inputs (negative when unknown). */
  static Progress start(long total, PrintWriter err) {
    if (System.console() != null) {
      ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(Math.max(total, 0))
          .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed().build();
      return new Progress(bar, null, total);
    }
    return new Progress(null, err, total);
  }

  void step(String origin) {
    done++;
    if (bar != null) {
      if (done > bar.getMax()) {
        bar.maxHint(done);
      }
      bar.step();
      bar.setExtraMessage(shorten(origin));
      return;
    }
    long now = System.nanoTime();
    if (now - lastPlain >= PLAIN_EVERY_NANOS) {
      lastPlain = now;
      double rate = done / ((now - started) / 1e9);
      // The total counts input files, and a feed file holds many articles: the two are told apart.
      plain.printf("ingested %d articles (%.1f/s)%s%n", done, rate, total >= 0 ? " from " + total + " files" : "");
      plain.flush();
    }
  }

  private static String shorten(String origin) {
    return origin.length() <= 40 ? origin : "…" + origin.substring(origin.length() - 39);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
