package dev.dealgraph.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a deterministic synthetic corpus for the benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write N realistic synthetic articles in every supported format; same seed, same files.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--log", paramLabel = "FILE", description = "Append how long generation took to this Markdown log.")
  Path logFile;

  @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles to write.")
  int articles;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: 1).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty directory.")
  Path out;

  @Override
  public Integer call() {
    Machine machine = Machine.now();
    CorpusGenerator.Result r = CorpusGenerator.standard().generate(articles, seed, out);
    String result = String.format(Locale.ROOT, "%d articles in %d files (%.1f MB) written in %.1f s", r.articles(),
        r.files(), r.bytes() / 1e6, r.elapsed().toMillis() / 1000.0);
    spec.commandLine().getOut().println(result + " to " + out);
    if (logFile != null) {
      new Log(logFile).append("generate", articles + " articles, seed " + seed, result, machine.reloaded());
    }
    return 0;
  }
}
