package dev.dealgraph.query;

import dev.dealgraph.DealGraphException;
import java.time.LocalDate;
import java.util.Optional;

/** States the rules that several filters share, with messages naming the parameters and values. */
final class Checks {
  private Checks() {}

  /** Rejects a date range whose start lies after its end. */
  static void dateOrder(Optional<LocalDate> from, Optional<LocalDate> to) {
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw DealGraphException.badParameter("from must not be after to: " + from.get() + " > " + to.get());
    }
  }
}
