package dev.dealgraph.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Counts outcomes of a batch as they come and passes each on. */
final class Tally implements Consumer<Outcome> {
  private final Consumer<Outcome> listener;
  private long ingested;
  private long replaced;
  private long unchanged;
  private final List<Outcome> failures = new ArrayList<>();

  Tally(Consumer<Outcome> listener) {
    this.listener = listener;
  }

  @Override
  public void accept(Outcome outcome) {
    switch (outcome.result()) {
      case INGESTED -> ingested++;
      case REPLACED -> replaced++;
      case UNCHANGED -> unchanged++;
      case FAILED -> failures.add(outcome);
    }
    listener.accept(outcome);
  }

  Summary summary(Duration elapsed) {
    return new Summary(ingested, replaced, unchanged, failures, elapsed);
  }
}
