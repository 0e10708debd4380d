package dev.dealgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.testing.Subprocess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpCommandIT {
  @TempDir Path dir;

  @Test
  void warmUpServesTheSampleFromMemoryAndLeavesNothingOnDisk() throws Exception {
    Subprocess.Result result = Subprocess.run(dir, "warm-up");

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stderr()).contains("Serving on").contains("Stopped; store closed").doesNotContain("\tat ");
    try (var left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }
}
