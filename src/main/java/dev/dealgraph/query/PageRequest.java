package dev.dealgraph.query;

import dev.dealgraph.DealGraphException;

/**
 * Asks for one page of a list.
 *
 * @param limit  how many items, 1..{@value #MAX_LIMIT}
 * @param offset how many items to skip, 0..{@value #MAX_OFFSET}
 */
public record PageRequest(int limit, int offset) {
  /** The page size when none is asked for. */
  public static final int DEFAULT_LIMIT = 50;
  /** The largest page. */
  public static final int MAX_LIMIT = 500;
  /** The largest offset; deeper pages are better reached with filters. */
  public static final int MAX_OFFSET = 1_000_000;

  /**
   * Checks the bounds.
   *
   * @throws DealGraphException BAD_PARAMETER naming the parameter, its range and the value
   */
  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw DealGraphException.badParameter("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw DealGraphException.badParameter("offset must be 0.." + MAX_OFFSET + ": " + offset);
    }
  }

  /** Returns the first page of the default size. */
  public static PageRequest first() {
    return new PageRequest(DEFAULT_LIMIT, 0);
  }
}
