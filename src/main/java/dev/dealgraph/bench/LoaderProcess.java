package dev.dealgraph.bench;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Jena's basic loader on a store's quads in a JVM of its own, started with this JVM's heap settings, so that
 * it starts as cold as the ingest it is compared with: in the same JVM it would inherit classes loaded and code
 * compiled by that ingest, which at 1,000 articles is a large part of the work.
 */
final class LoaderProcess {
  private LoaderProcess() {}

  /** Measures the loader on the quads of {@code store} (exported gzipped when {@code gzip}) and returns its figures. */
  static Phase reload(Path store, boolean gzip) {
    try {
      Path report = Files.createTempFile("dealgraph-loader", ".properties");
      try {
        Process loader = new ProcessBuilder(command(store, gzip, report))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = loader.waitFor();
        if (exit != 0) {
          throw DealGraphException.unavailable("Jena's loader exited with " + exit, null);
        }
        return Phase.read(report);
      } finally {
        Files.deleteIfExists(report);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DealGraphException.unavailable("interrupted while Jena's loader ran", e);
    }
  }

  private static List<String> command(Path store, boolean gzip, Path report) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.startsWith("-Xmx") || option.startsWith("-Xms"))
        .forEach(command::add);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.dealgraph.cli.Main", "bench", "loader",
        "--store", store.toString(), gzip ? "--gzip" : "--no-gzip", "--report", report.toString()));
    return command;
  }
}
