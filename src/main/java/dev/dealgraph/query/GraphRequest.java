package dev.dealgraph.query;

import dev.dealgraph.DealGraphException;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks for a network view.
 *
 * @param focus  the id of the organization at the centre; empty for the whole graph
 * @param depth  hops from the focus, 1..{@value #MAX_DEPTH}
 * @param deals  which deals become investment edges
 * @param limit  the most edges, 1..{@value #MAX_LIMIT}
 */
public record GraphRequest(Optional<String> focus, int depth, DealFilter deals, int limit) {
  /** The deepest neighbourhood. */
  public static final int MAX_DEPTH = 3;
  /** The most edges a view may hold. */
  public static final int MAX_LIMIT = 5000;
  /** The edges a view holds when no limit is asked for. */
  public static final int DEFAULT_LIMIT = 1000;

  /**
   * Checks the bounds.
   *
   * @throws DealGraphException BAD_PARAMETER naming the parameter, its range and the value
   */
  public GraphRequest {
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(deals, "deals");
    if (depth < 1 || depth > MAX_DEPTH) {
      throw DealGraphException.badParameter("depth must be 1.." + MAX_DEPTH + ": " + depth);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw DealGraphException.badParameter("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
  }
}
