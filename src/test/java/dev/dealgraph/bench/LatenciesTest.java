package dev.dealgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void takesPercentilesByNearestRank() {
    Latencies l = Latencies.of(LongStream.rangeClosed(1, 200).map(i -> 201 - i).toArray());
    assertThat(l.count()).isEqualTo(200);
    assertThat(l.p50()).isEqualTo(100);
    assertThat(l.p99()).isEqualTo(198);
    assertThat(l.max()).isEqualTo(200);
  }

  @Test
  void summarisesNothingAsZeros() {
    assertThat(Latencies.of(new long[0])).isEqualTo(new Latencies(0, 0, 0, 0));
  }

  @Test
  void writesMilliseconds() {
    assertThat(Latencies.of(new long[] {3_100_000, 12_000_000}).line())
        .isEqualTo("p50 3.1 ms, p99 12.0 ms, max 12.0 ms");
  }
}
