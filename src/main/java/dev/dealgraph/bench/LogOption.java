package dev.dealgraph.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Adds the {@code --log} option every benchmark takes: the Markdown file its dated row is appended to. */
final class LogOption {
  @Option(names = "--log", paramLabel = "FILE", defaultValue = "BENCHMARKS.md",
      description = "Markdown file the result row is appended to (default: ${DEFAULT-VALUE}).")
  Path file;

  Log log() {
    return new Log(file);
  }
}
