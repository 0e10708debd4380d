package dev.dealgraph.bench;

import dev.dealgraph.DealGraphException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures Jena's basic TDB2 loader on the quads of a store built earlier, for stores whose ingest was measured in
 * a run of its own: at 100,000 articles an ingest and a load in one run take longer than a working session.
 */
@Command(name = "loader", mixinStandardHelpOptions = true,
    description = "Measure Jena's basic TDB2 loader on the quads of an existing store.")
final class LoaderBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LogOption log;

  @Option(names = "--store", required = true, paramLabel = "DIR",
      description = "An existing store; DIR.nq.gz and DIR-loader are written beside it, then deleted.")
  Path store;

  @Option(names = "--gzip", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Export the quads gzipped (default), or plain with --no-gzip.")
  boolean gzip;

  @Option(names = "--report", hidden = true, paramLabel = "FILE",
      description = "Write the figures to FILE instead of the log, for the ingest benchmark that started this one.")
  Path report;

  @Override
  public Integer call() {
    if (!Files.isDirectory(store)) {
      throw DealGraphException.badParameter("--store needs an existing store: " + store);
    }
    for (Path p : List.of(JenaLoader.exportFile(store, gzip), JenaLoader.loaderStore(store))) {
      if (Files.exists(p)) {
        throw DealGraphException.badParameter("benchmark output must not exist yet: " + p);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Machine machine = Machine.now();
    Phase jena = JenaLoader.reload(store, gzip);
    if (report != null) {
      jena.write(report);
      return 0;
    }
    String results = "Jena basic loader: " + jena.line();
    out.println(results);
    String inputs = store + " (" + Memory.mb(DiskUsage.of(store)) + "), its quads exported" + (gzip ? " gzipped" : "");
    log.log().append("loader", inputs, results, machine.reloaded());
    return 0;
  }
}
