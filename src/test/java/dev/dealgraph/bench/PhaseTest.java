package dev.dealgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhaseTest {
  @Test
  void figuresWrittenByOneProcessReadBackWhole(@TempDir Path dir) {
    Phase loaded = new Phase(0, 683_012, Duration.ofMillis(8_900), Duration.ofMillis(12_800), 645L << 20,
        386L << 20, 67L << 20, 406L << 20);
    Path file = dir.resolve("phase.properties");
    loaded.write(file);
    Phase read = Phase.read(file);
    assertThat(read).isEqualTo(loaded);
    assertThat(read.quadsPerSecond()).isCloseTo(76_743, org.assertj.core.data.Offset.offset(1.0));
  }
}
