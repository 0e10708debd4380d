package dev.dealgraph.query;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Holds a {@link DealFilter} resolved against the fact index: organizations and rounds as table positions, statuses
 * as a bit mask, dates as epoch days.
 *
 * @param investor  the investor's position, {@link #ANY} or {@link #NOTHING}
 * @param investee  the investee's position, {@link #ANY} or {@link #NOTHING}
 * @param stages    bit {@code order} set for each wanted stage; zero for any
 * @param currency  the wanted currency
 * @param min       the smallest magnitude
 * @param max       the largest magnitude
 * @param from      the earliest date as an epoch day, or {@link DealTable#NONE}
 * @param to        the latest date as an epoch day, or {@link DealTable#NONE}
 * @param round     the position of the round the filter names by id, or {@link #ANY}
 * @param series    the lower-case series label wanted; empty when the filter names no round
 */
record DealCriteria(int investor, int investee, int stages, Optional<String> currency, Optional<BigDecimal> min,
    Optional<BigDecimal> max, int from, int to, int round, Optional<String> series) {
  /** No restriction on this organization. */
  static final int ANY = -1;
  /** An organization the store does not know, which no deal matches. */
  static final int NOTHING = -2;

  /** Returns true when no deal can match. */
  boolean empty() {
    return investor == NOTHING || investee == NOTHING;
  }
}
