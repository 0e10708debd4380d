package dev.dealgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.App;
import dev.dealgraph.store.Store;
import dev.dealgraph.testing.Subprocess;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting on a busy port or a locked store ends with one clear line and exit code 1; a killed first creation
 * never leaves an unopenable store. */
class StartupFailuresIT {
  @TempDir Path dir;

  @Test
  void busyPortGivesOneLineAndExitCode1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Subprocess.Result result = Subprocess.run(dir, "serve", "--store", dir.resolve("s").toString(),
          "--port", Integer.toString(taken.getLocalPort()));
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(lastLine(result.stderr())).startsWith("dealgraph: port " + taken.getLocalPort())
          .contains("already in use");
      assertThat(result.stderr()).doesNotContain("\tat ");
    }
  }

  @Test
  void storeLockedByAnotherProcessGivesOneLineAndExitCode1() throws Exception {
    Path store = dir.resolve("locked");
    try (App app = App.serve(Store.open(store), ServerConfig.forTests(Optional.empty()))) {
      Subprocess.Result result = Subprocess.run(dir, "stats", "--store", store.toString());
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(lastLine(result.stderr())).startsWith("dealgraph: cannot open store").contains("in use");
      assertThat(result.stderr()).doesNotContain("\tat ");
    }
  }

  @Test
  void killDuringFirstCreationNeverLeavesAnUnopenableStore() throws Exception {
    for (int attempt = 0; attempt < 6; attempt++) {
      Path store = dir.resolve("store-" + attempt);
      Process process = Subprocess.start(dir, "stats", "--store", store.toString());
      Thread.sleep(300 + attempt * 150L);
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      try (Store opened = Store.open(store)) {
        assertThat(opened.isEmpty()).as("attempt %d", attempt).isTrue();
      }
      String name = store.getFileName().toString();
      try (var siblings = Files.list(dir)) {
        assertThat(siblings.filter(p -> p.getFileName().toString().equals(name))).hasSize(1);
      }
    }
  }

  @Test
  void serveStopsCleanlyOnInterruptAndLeavesNoLock() throws Exception {
    Path store = dir.resolve("served");
    Process serve = Subprocess.start(dir, "serve", "--store", store.toString(), "--port", "0", "--no-sample");
    StringBuffer log = new StringBuffer();
    java.util.concurrent.CountDownLatch serving = new java.util.concurrent.CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (var err = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getErrorStream()))) {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          log.append(line).append('\n');
          if (line.contains("Serving on")) {
            serving.countDown();
          }
        }
      } catch (java.io.IOException e) {
        log.append("(stderr closed)\n");
      }
    });
    reader.start();
    assertThat(serving.await(60, TimeUnit.SECONDS)).as("server started: %s", log).isTrue();
    serve.toHandle().destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook closes the server and the store
    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
    reader.join(10_000);
    assertThat(log.toString()).contains("Stopped; store closed");
    assertThat(store.resolve("tdb.lock")).doesNotExist();
    try (Store reopened = Store.open(store)) {
      assertThat(reopened.isEmpty()).isFalse();
    }
  }

  @Test
  void unknownOptionIsUsageErrorWithExitCode2() throws Exception {
    Subprocess.Result result = Subprocess.run(dir, "stats", "--no-such-option");
    assertThat(result.exitCode()).isEqualTo(2);
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\\R");
    return lines[lines.length - 1];
  }
}
