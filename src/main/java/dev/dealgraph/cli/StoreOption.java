package dev.dealgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Adds the {@code --store} option, defaulting to {@code DEALGRAPH_STORE} or {@code ./store}. */
final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:DEALGRAPH_STORE:-store}",
      description = "Store directory (env DEALGRAPH_STORE; default: ${DEFAULT-VALUE}).")
  Path directory;
}
