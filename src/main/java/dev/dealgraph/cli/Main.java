package dev.dealgraph.cli;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs the {@code dealgraph} command line: one top command, one small class per subcommand. */
@Command(
    name = "dealgraph",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns news about investments in AI companies into a knowledge graph and serves it.",
    subcommands = {
        ServeCommand.class,
        IngestCommand.class,
        ExtractCommand.class,
        EvaluateCommand.class,
        QueryCommand.class,
        ExportCommand.class,
        StatsCommand.class,
        CompactCommand.class,
        BenchCommand.class,
        WarmUpCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit code: the work failed. */
  static final int FAILED = 1;
  /** Exit code: the command line was wrong. */
  static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; never calls {@code System.exit}. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** Builds the command line with its error mapping: work failures exit 1, usage errors 2, one line each. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExpandAtFiles(false); // "query @FILE" reads the query from FILE; picocli must not expand it first
    // Reports carry names in every script: write UTF-8 whatever the platform's default charset.
    cli.setOut(new java.io.PrintWriter(
        new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((ex, line, parseResult) -> {
      line.getErr().println("dealgraph: " + oneLine(ex));
      return ex instanceof DealGraphException dg && dg.kind() == DealGraphException.Kind.BAD_PARAMETER ? USAGE : FAILED;
    });
    cli.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("dealgraph: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return USAGE;
    });
    return cli;
  }

  private static String oneLine(Throwable ex) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    return message.replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
