package dev.dealgraph.query;

import java.util.List;
import java.util.Map;

/**
 * Holds the rows a named query returned.
 *
 * @param name      the query's name
 * @param columns   the column names, in the query's order
 * @param rows      one map per row from column name to value: numbers as numbers, everything else as text;
 *                  unbound columns are left out
 * @param count     how many rows there are
 * @param truncated true when the query matched more than {@value #MAX_ROWS} rows and only those were kept
 */
public record QueryResult(String name, List<String> columns, List<Map<String, Object>> rows, int count,
    boolean truncated) {
  /** The most rows a named query answers with. */
  public static final int MAX_ROWS = 10_000;

  public QueryResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
