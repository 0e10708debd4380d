package dev.dealgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Runs the same body on several named platform threads at once and waits for all of them. */
final class Threads {
  private Threads() {}

  /** Starts {@code count} threads running {@code body} with their number, and returns once all have ended. */
  static void runAll(int count, String name, IntConsumer body) {
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      int number = t;
      Thread thread = new Thread(() -> body.accept(number), name + "-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
