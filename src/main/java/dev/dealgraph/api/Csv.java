package dev.dealgraph.api;

import dev.dealgraph.query.QueryResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes query rows as CSV (RFC 4180): a header line, then one line per row, fields quoted when needed. */
final class Csv {
  private Csv() {}

  static String of(QueryResult result) {
    StringBuilder out = new StringBuilder();
    line(out, result.columns().stream().map(c -> (Object) c).toList());
    for (Map<String, Object> row : result.rows()) {
      line(out, result.columns().stream().map(c -> row.getOrDefault(c, "")).toList());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<Object> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object f = fields.get(i);
      String text = f instanceof BigDecimal d ? d.toPlainString() : String.valueOf(f);
      boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
      out.append(quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
    }
    out.append("\r\n");
  }
}
