package dev.dealgraph.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code dealgraph} command line in a separate JVM, as a user would. */
public final class Subprocess {
  /** What a finished command printed and returned. */
  public record Result(int exitCode, String stdout, String stderr) {}

  private Subprocess() {}

  /** Starts {@code dealgraph ARGS…} in a new JVM with the test classpath. */
  public static Process start(Path workDir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.dealgraph.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(workDir.toFile()).start();
  }

  /** Runs {@code dealgraph ARGS…} to completion (at most two minutes). */
  public static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    Process process = start(workDir, args);
    process.getOutputStream().close();
    var out = process.getInputStream();
    var err = process.getErrorStream();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("dealgraph " + String.join(" ", args) + " did not finish");
    }
    return new Result(process.exitValue(), new String(out.readAllBytes(), StandardCharsets.UTF_8),
        new String(err.readAllBytes(), StandardCharsets.UTF_8));
  }
}
