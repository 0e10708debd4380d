package dev.dealgraph.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Groups the benchmark commands: corpus generation and the measurements that append to BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Generate synthetic corpora and measure DealGraph; results are appended to BENCHMARKS.md.",
    subcommands = {GenerateCommand.class, ExtractBenchCommand.class, IngestBenchCommand.class, LoaderBenchCommand.class,
        LiveBenchCommand.class, QueryBenchCommand.class, StartupBenchCommand.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
