package dev.dealgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTest {
  private static final Machine MACHINE = new Machine(2, 8_000_000_000L, 1_000_000_000L, "JVM 17", "Linux", 1.5);

  @TempDir Path dir;

  @Test
  void createsTheTableOnceThenAppendsOneRowPerResult() throws IOException {
    Path file = dir.resolve("BENCHMARKS.md");
    Log log = new Log(file);
    log.append("extract", "corpus", "3 MB/s", MACHINE);
    log.append("ingest", "corpus", "20 articles/s", MACHINE);

    String text = Files.readString(file);
    assertThat(text).startsWith("# Benchmarks").containsOnlyOnce(Log.HEADER);
    assertThat(text.lines().filter(l -> l.startsWith("| 20"))).hasSize(2);
    assertThat(text).contains("| extract | corpus | 3 MB/s | 2 cores, 8.0 GB RAM, heap max 1.0 GB, JVM 17, Linux");
  }

  @Test
  void keepsTextAboveTheTableAndEscapesPipesInCells() throws IOException {
    Path file = dir.resolve("BENCHMARKS.md");
    Files.writeString(file, "# Benchmarks\n\nWritten by people.\n\n## Log\n\n" + Log.HEADER);
    new Log(file).append("query", "a | b", "fast", MACHINE);

    assertThat(Files.readString(file)).contains("Written by people.").contains("| a \\| b |");
  }
}
