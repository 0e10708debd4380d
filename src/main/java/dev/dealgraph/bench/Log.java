package dev.dealgraph.bench;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Appends one dated row per benchmark to the log table at the end of {@code BENCHMARKS.md}, creating the file
 * with its table header when it does not exist yet; the prose above the table is written by people.
 */
final class Log {
  static final String HEADER = "| date | benchmark | inputs | results | machine |\n| --- | --- | --- | --- | --- |\n";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xx");

  private final Path file;

  Log(Path file) {
    this.file = file;
  }

  /** Appends one row; pipes in the cells are escaped so the table stays a table. */
  void append(String benchmark, String inputs, String results, Machine machine) {
    String row = "| " + WHEN.format(ZonedDateTime.now()) + " | " + cell(benchmark) + " | " + cell(inputs) + " | "
        + cell(results) + " | " + cell(machine.line()) + " |\n";
    try {
      if (!Files.exists(file)) {
        Files.writeString(file, "# Benchmarks\n\n## Log\n\n" + HEADER, StandardCharsets.UTF_8);
      }
      Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw DealGraphException.unavailable("cannot append to " + file + ": " + e.getMessage(), e);
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
