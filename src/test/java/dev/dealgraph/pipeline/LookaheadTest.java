package dev.dealgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LookaheadTest {

  @Test
  void returnsResultsInSourceOrderWhateverOrderWorkersFinishIn() {
    List<Integer> source = IntStream.range(0, 200).boxed().toList();
    List<Integer> seen = new ArrayList<>();
    try (Lookahead<Integer, Integer> ahead = Lookahead.start(source.iterator(), i -> {
      sleep(i % 3);
      return i * 2;
    }, 3, 8)) {
      ahead.forEachRemaining(seen::add);
    }
    assertThat(seen).isEqualTo(source.stream().map(i -> i * 2).toList());
  }

  @Test
  void neverHasMoreItemsInFlightThanItsWindow() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (Lookahead<Integer, Integer> ahead = Lookahead.start(IntStream.range(0, 100).boxed().iterator(), i -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      sleep(1);
      running.decrementAndGet();
      return i;
    }, 4, 3)) {
      ahead.forEachRemaining(i -> { });
    }
    assertThat(most.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void throwsTheMappingFailureForTheItemThatFailed() {
    List<Integer> seen = new ArrayList<>();
    try (Lookahead<Integer, Integer> ahead = Lookahead.start(IntStream.range(0, 10).boxed().iterator(), i -> {
      if (i == 4) {
        throw new IllegalStateException("item 4 is broken");
      }
      return i;
    }, 2, 4)) {
      assertThatThrownBy(() -> {
        while (ahead.hasNext()) {
          seen.add(ahead.next());
        }
      }).isInstanceOf(IllegalStateException.class).hasMessage("item 4 is broken");
    }
    assertThat(seen).containsExactly(0, 1, 2, 3);
  }

  @Test
  void withoutWorkersMapsOnTheCallingThreadOneItemAtATime() {
    Thread caller = Thread.currentThread();
    AtomicInteger pulled = new AtomicInteger();
    Iterator<Integer> source = IntStream.range(0, 5).boxed().peek(i -> pulled.incrementAndGet()).iterator();
    try (Lookahead<Integer, Thread> ahead = Lookahead.start(source, i -> Thread.currentThread(), 0, 8)) {
      assertThat(ahead.next()).isSameAs(caller);
      assertThat(pulled.get()).isEqualTo(1);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
