package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Status;
import java.util.Optional;

/**
 * Holds what the cues around a trigger say about the deal it states.
 *
 * @param status  the most advanced stage the cues assert, empty when none does
 * @param denied  true when the deal is denied, negated or only hypothetical
 * @param era     whether the deal is an earlier one ("the previous investment"), a new one, or unknown
 * @param tranche true for a part of a larger deal ("initially $5 billion", "the remaining $20 billion")
 */
record Reading(Optional<Status> status, boolean denied, Era era, boolean tranche) {

  /** Places a deal in time relative to the others of its pair. */
  enum Era { EARLIER, NEW, UNKNOWN }
}
