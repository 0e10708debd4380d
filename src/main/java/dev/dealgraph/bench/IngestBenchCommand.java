package dev.dealgraph.bench;

import dev.dealgraph.App;
import dev.dealgraph.DealGraphException;
import dev.dealgraph.ingest.Sources;
import dev.dealgraph.pipeline.Batching;
import dev.dealgraph.pipeline.Ingestion;
import dev.dealgraph.pipeline.Input;
import dev.dealgraph.pipeline.Outcome;
import dev.dealgraph.pipeline.Summary;
import dev.dealgraph.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures ingest end to end (read, extract, map, validate, commit) into a new TDB2 store, then loads the very
 * quads it produced, exported as N-Quads, into another new store with Jena's basic TDB2 loader in the same run
 * (in a JVM of its own, started cold as the ingest was),
 * and reports both side by side.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Measure ingest into a new store, then Jena's basic TDB2 loader on the same quads.")
final class IngestBenchCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY_NANOS = 30_000_000_000L;

  @Spec CommandSpec spec;
  @Mixin LogOption log;

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The articles to ingest.")
  Path corpus;

  @Option(names = "--store", required = true, paramLabel = "DIR",
      description = "A new directory for the store; DIR.nq and DIR-loader are written beside it, then deleted.")
  Path store;

  @Option(names = "--batch-size", defaultValue = "" + App.BULK_BATCH_SIZE,
      description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--no-loader", description = "Skip the comparison with Jena's loader.")
  boolean noLoader;

  @Option(names = "--gzip", description = "Export the quads gzipped (DIR.nq.gz), for stores too large to copy.")
  boolean gzip;

  @Override
  public Integer call() throws IOException {
    // Checked here as well as by the loader, so that a long ingest never ends on a clash.
    for (Path p : List.of(store, JenaLoader.exportFile(store, gzip), JenaLoader.loaderStore(store))) {
      if (Files.exists(p)) {
        throw DealGraphException.badParameter("benchmark output must not exist yet: " + p);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Machine machine = Machine.now();
    Upkeep upkeep = new Upkeep();
    Phase ours = Phase.measure(() -> ingest(out, upkeep));
    String results = "DealGraph: " + ours.line() + ", " + upkeep.line() + "; then "
        + (upkeep.commits > 1 ? compactFully() : settle());
    out.println(results);
    if (!noLoader) {
      Phase jena = LoaderProcess.reload(store, gzip);
      out.println("Jena basic loader: " + jena.line());
      results += String.format(Locale.ROOT, "; Jena basic loader (own JVM) on the same %,d quads: %s; "
              + "DealGraph/Jena: %.0f%% of the quads/s, %.0f%% of the quads per CPU second (target ≥ 50%%)",
          jena.quads(), jena.line(), 100 * ours.quadsPerSecond() / jena.quadsPerSecond(),
          100 * ours.quadsPerCpuSecond() / jena.quadsPerCpuSecond());
    }
    String inputs = corpus + " (" + ours.articles() + " articles), batch " + batchSize
        + (gzip ? ", quads exported gzipped for the loader" : "");
    out.println(results);
    log.log().append("ingest", inputs, results, machine.reloaded());
    return 0;
  }

  /** Ingests as the ingest command does, compacting between batches when the store has grown. */
  private Phase.Work.Result ingest(PrintWriter out, Upkeep upkeep) {
    try (Store opened = Store.open(store);
         PeakSampler disk = new PeakSampler("disk", () -> DiskUsage.of(store), 2_000)) {
      AtomicLong seen = new AtomicLong();
      long started = System.nanoTime();
      long[] lastReport = {started};
      Summary summary = App.ingestion(opened, Batching.bulk(batchSize)).ingestAll(
          Sources.create().expand(List.of(corpus.toString())).map(Input::of).iterator(), new Ingestion.Listener() {
            @Override
            public void outcome(Outcome outcome) {
            }

            @Override
            public void progressed(String origin) {
              long n = seen.incrementAndGet();
              long now = System.nanoTime();
              if (now - lastReport[0] > PROGRESS_EVERY_NANOS) {
                lastReport[0] = now;
                out.printf(Locale.ROOT, "  %d articles, %.1f/s, heap used %s, store %s%n", n,
                    n / ((now - started) / 1e9), Memory.mb(Runtime.getRuntime().totalMemory()
                        - Runtime.getRuntime().freeMemory()), Memory.mb(DiskUsage.of(store)));
                out.flush();
              }
            }

            @Override
            public void committed() {
              upkeep.compactIfGrown(opened);
            }
          });
      upkeep.failed = summary.failures().size();
      upkeep.peakDisk = disk.peak();
      return new Phase.Work.Result(summary.ingested() + summary.replaced(), opened.counts().quads(),
          opened.diskBytes());
    }
  }

  /** Compacts as the ingest command does, and keeps count of what that cost. */
  private static final class Upkeep {
    long commits;
    long compactions;
    long compactingNanos;
    long failed;
    long peakDisk;

    void compactIfGrown(Store opened) {
      commits++;
      long started = System.nanoTime();
      if (opened.compactIfGrown(App.COMPACT_RATIO)) {
        compactions++;
        compactingNanos += System.nanoTime() - started;
      }
    }

    String line() {
      return String.format(Locale.ROOT, "%d commits, %d compactions taking %.0f s, peak store size %s%s", commits,
          compactions, compactingNanos / 1e9, Memory.mb(peakDisk),
          failed > 0 ? ", " + failed + " articles refused" : "");
    }
  }

  /** Leaves a store written in one commit as `dealgraph ingest` does: it holds no copied blocks to give back. */
  private String settle() {
    try (Store opened = Store.open(store)) {
      App.settle(opened);
      return "not compacted: written in one commit, the store holds no copied index blocks";
    }
  }

  /** Compacts the store whatever its growth, so that its true size is known and the disk is given back. */
  private String compactFully() {
    try (Store opened = Store.open(store)) {
      long before = opened.diskBytes();
      long started = System.nanoTime();
      // Ratio 0 compacts whatever the growth, once the store has a recorded baseline: the first call records it.
      boolean compacted = opened.compactIfGrown(0) || opened.compactIfGrown(0);
      App.settle(opened); // leaves the store as `dealgraph ingest` does, for the startup benchmark
      if (!compacted) {
        return "not compacted: the store takes " + Memory.mb(before) + " and the disk has less free";
      }
      return String.format(Locale.ROOT, "compacted from %s to %s in %.0f s", Memory.mb(before),
          Memory.mb(opened.diskBytes()), (System.nanoTime() - started) / 1e9);
    }
  }
}
