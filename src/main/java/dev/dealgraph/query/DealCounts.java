package dev.dealgraph.query;

import java.util.List;
import java.util.Map;

/**
 * Summarises an organization's deals on one side (made or received).
 *
 * @param count    how many deals
 * @param byStatus how many deals have each status
 * @param latest   the ten most recently reported, newest first
 */
public record DealCounts(long count, Map<String, Long> byStatus, List<InvestmentSummary> latest) {
  /** How many deals {@code latest} holds at most. */
  public static final int LATEST = 10;

  public DealCounts {
    byStatus = Map.copyOf(byStatus);
    latest = List.copyOf(latest);
  }
}
