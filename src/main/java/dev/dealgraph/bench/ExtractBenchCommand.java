package dev.dealgraph.bench;

import dev.dealgraph.extract.Extractor;
import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.ingest.ArticleReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures extraction speed in MB/s and articles/s on one thread and on every core, on a generated corpus and on
 * the shipped sample articles, and how fast raw files are read into articles.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Measure extraction MB/s and articles/s per core on a corpus and on the sample articles.")
final class ExtractBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LogOption log;

  @Option(names = "--corpus", paramLabel = "DIR", description = "A generated corpus; the sample is always measured.")
  Optional<Path> corpus;

  @Option(names = "--articles", defaultValue = "3000", description = "Articles of the corpus to use (default: 3000).")
  int articles;

  @Option(names = "--seconds", defaultValue = "20", description = "Seconds per measurement (default: 20).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "10", description = "Seconds of warm-up first (default: 10).")
  int warmup;

  @Override
  public Integer call() {
    Extractor extractor = Extractor.create(Gazetteer.standard());
    List<Corpus> corpora = new ArrayList<>();
    corpus.ifPresent(dir -> corpora.add(Corpus.read(dir, articles)));
    corpora.add(Corpus.sample());
    PrintWriter out = spec.commandLine().getOut();
    for (Corpus c : corpora) {
      Machine machine = Machine.now();
      long[] bytes = c.articles().stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).toArray();
      int cores = machine.cores();
      IntToLongFunction extract = i -> {
        extractor.extract(c.articles().get(i));
        return bytes[i];
      };
      Timed.run(bytes.length, Duration.ofSeconds(warmup), cores, extract);
      Timed.Run one = Timed.run(bytes.length, Duration.ofSeconds(seconds), 1, extract);
      Timed.Run all = Timed.run(bytes.length, Duration.ofSeconds(seconds), cores, extract);
      String results = String.format(Locale.ROOT, "per core (CPU time): %.2f MB/s, %.1f articles/s; wall clock, "
              + "1 thread: %.2f MB/s, %.1f articles/s; %d threads: %.2f MB/s, %.1f articles/s",
          one.megaPerCpuSecond(), one.perCpuSecond(), one.megaPerSecond(), one.perSecond(), cores,
          all.megaPerSecond(), all.perSecond());
      if (!c.inputs().isEmpty()) {
        results += reading(c);
      }
      String inputs = c.name() + ", " + String.format(Locale.ROOT, "%.1f MB of text, ", c.textBytes() / 1e6)
          + warmup + " s warm-up, " + seconds + " s per measure";
      out.println("extract: " + inputs + ": " + results);
      out.flush();
      log.log().append("extract", inputs, results, machine.reloaded());
    }
    return 0;
  }

  private String reading(Corpus c) {
    ArticleReader reader = ArticleReader.create();
    Timed.Run read = Timed.run(c.inputs().size(), Duration.ofSeconds(Math.max(1, seconds / 2)), 1, i -> {
      reader.read("bench", c.inputs().get(i), Optional.empty());
      return c.inputs().get(i).length;
    });
    return String.format(Locale.ROOT, "; reading raw files (not part of extraction): %.2f MB/s per core",
        read.megaPerCpuSecond());
  }
}
