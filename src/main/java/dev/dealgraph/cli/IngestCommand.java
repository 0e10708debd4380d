package dev.dealgraph.cli;

import dev.dealgraph.App;
import dev.dealgraph.ingest.Sources;
import dev.dealgraph.pipeline.Batching;
import dev.dealgraph.pipeline.Ingestion;
import dev.dealgraph.pipeline.Input;
import dev.dealgraph.pipeline.Outcome;
import dev.dealgraph.pipeline.Summary;
import dev.dealgraph.store.Store;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Ingests files, directories (recursively) or standard input into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read, extract and store articles from files, directories (recursively) or - for stdin.")
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
  List<String> paths;

  @Option(names = "--batch-size", defaultValue = "" + App.BULK_BATCH_SIZE,
      description = "Articles committed per write transaction (default: ${DEFAULT-VALUE}). Fewer, larger commits "
          + "keep the store smaller and the ingest faster; an interrupted ingest keeps what was committed.")
  int batchSize;

  @Override
  public Integer call() {
    Sources sources = Sources.create();
    long total = paths.contains("-") ? -1 : sources.expand(paths).count();
    PrintWriter err = spec.commandLine().getErr();
    try (Store opened = Store.open(store.directory);
         Progress progress = Progress.start(total, err)) {
      Ingestion ingestion = App.ingestion(opened, Batching.bulk(batchSize));
      Iterator<Input> inputs = sources.expand(paths).map(Input::of).iterator();
      Summary summary = ingestion.ingestAll(inputs, new Ingestion.Listener() {
        @Override
        public void outcome(Outcome outcome) {
        }

        @Override
        public void progressed(String origin) {
          progress.step(origin);
        }

        @Override
        public void committed() {
          // With a smaller --batch-size every commit leaves copies of the index blocks it changed (measured: 445
          // KB per article at 20,000 articles, 630 KB at 68,000, against 240 KB compacted), so a store that has
          // doubled since its last compaction is compacted before the next batch.
          App.compactIfGrown(opened);
        }
      });
      progress.close();
      spec.commandLine().getOut().println(summary.line());
      summary.failures().forEach(f -> err.println("failed: " + f.origin() + ": " + f.reason().orElse("")));
      App.settle(opened);
      return summary.failures().isEmpty() ? 0 : Main.FAILED;
    }
  }
}
