package dev.dealgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an extraction report against a gold file exactly as {@code score.py} does: the same name normalisation,
 * the same pair, amount, competitor, status and date metrics, the same per-document error list.
 */
public final class Evaluation {

  private static final double TOLERANCE = 0.01;

  private Evaluation() {}

  /** Holds precision, recall and F1 of one metric. */
  public record Score(double precision, double recall, double f1) {
    static Score of(int tp, int predicted, int gold) {
      double p = predicted > 0 ? (double) tp / predicted : gold == 0 ? 1.0 : 0.0;
      double r = gold > 0 ? (double) tp / gold : 1.0;
      double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
      return new Score(p, r, f);
    }
  }

  /**
   * Holds the result of a scoring run.
   *
   * @param pairs            investor-investee pairs
   * @param amounts          amounts of deals
   * @param competitors      unordered competitor pairs
   * @param status           share of amount-matched deals with the right status
   * @param published        share of documents with the right publication date
   * @param missingDocuments gold documents absent from the report
   * @param errors           one line per mistake, per document
   */
  public record Result(Score pairs, Score amounts, Score competitors, double status, double published,
      int missingDocuments, List<String> errors) {

    /** Returns the lines {@code score.py} prints: errors when verbose, then one line per metric and a summary. */
    public List<String> lines(boolean verbose) {
      List<String> out = new ArrayList<>();
      if (verbose) {
        errors.forEach(e -> out.add("  " + e));
      }
      out.add(metric("pairs", pairs));
      out.add(metric("amounts", amounts));
      out.add(metric("competitors", competitors));
      out.add(String.format(java.util.Locale.ROOT, "%-12s %.3f of amount-matched deals", "status", status));
      out.add(String.format(java.util.Locale.ROOT, "%-12s %.3f of documents", "published", published));
      if (missingDocuments > 0) {
        out.add("missing documents: " + missingDocuments);
      }
      out.add(String.format(java.util.Locale.ROOT, "summary pairsF1=%.3f amountsF1=%.3f competitorsF1=%.3f",
          pairs.f1(), amounts.f1(), competitors.f1()));
      return out;
    }

    private static String metric(String name, Score s) {
      return String.format(java.util.Locale.ROOT, "%-12s P=%.3f R=%.3f F1=%.3f", name, s.precision(), s.recall(),
          s.f1());
    }
  }

  /** Scores {@code report} against {@code gold}; {@code verbose} adds status mismatches to the error list. */
  public static Result score(JsonNode gold, JsonNode report, boolean verbose) {
    ScoreNames names = new ScoreNames(gold.path("entities"));
    Map<String, JsonNode> docs = new HashMap<>();
    for (JsonNode d : report.path("documents")) {
      String source = d.path("source").asText("");
      docs.put(source.substring(source.lastIndexOf('/') + 1), d);
    }
    int[] c = new int[14];
    List<String> log = new ArrayList<>();
    for (JsonNode g : gold.path("articles")) {
      String name = g.path("file").asText();
      JsonNode d = docs.get(name);
      boolean missing = d == null;
      if (missing) {
        c[13]++;
        d = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
      }
      ScoreDocument doc = new ScoreDocument(names, name, g, d, verbose, log);
      int[] counts = doc.counts();
      for (int k = 0; k < counts.length; k++) {
        c[k] += counts[k];
      }
      c[11]++;
      if (!missing && same(d.path("published"), g.path("published"))) {
        c[12]++;
      } else {
        log.add(name + ": published " + ScoreNames.repr(d.path("published")) + " != "
            + ScoreNames.repr(g.path("published")));
      }
    }
    return new Result(Score.of(c[0], c[1], c[2]), Score.of(c[3], c[4], c[5]), Score.of(c[6], c[7], c[8]),
        c[10] > 0 ? (double) c[9] / c[10] : 0.0, c[11] > 0 ? (double) c[12] / c[11] : 0.0, c[13], log);
  }

  private static boolean same(JsonNode a, JsonNode b) {
    String x = a.isTextual() && !a.asText().isEmpty() ? a.asText() : null;
    String y = b.isTextual() && !b.asText().isEmpty() ? b.asText() : null;
    return java.util.Objects.equals(x, y);
  }

  /** Returns the amount's shape and figures as {@code score.py} compares them, or null when it has no figure. */
  static AmountKey amountKey(JsonNode amount) {
    if (amount == null || !amount.isObject()) {
      return null;
    }
    JsonNode cur = amount.path("currency");
    String currency = (cur.isTextual() && !cur.asText().isEmpty() ? cur.asText() : "USD").toUpperCase(
        java.util.Locale.ROOT);
    List<String> fields = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (String f : List.of("value", "approx", "min", "max")) {
      if (amount.path(f).isNumber()) {
        fields.add(f);
        values.add(amount.path(f).asDouble());
      }
    }
    return fields.isEmpty() ? null : new AmountKey(currency, fields, values);
  }

  /** Holds an amount's currency, which fields it has and their figures. */
  record AmountKey(String currency, List<String> fields, List<Double> values) {
    @Override
    public String toString() {
      String f = fields.stream().map(x -> "'" + x + "'").reduce((a, b) -> a + ", " + b).orElse("");
      String v = values.stream().map(ScoreNames::repr).reduce((a, b) -> a + ", " + b).orElse("");
      String comma = fields.size() == 1 ? "," : "";
      return "('" + currency + "', (" + f + comma + "), (" + v + comma + "))";
    }

    boolean matches(AmountKey other) {
      if (other == null || !currency.equals(other.currency) || !fields.equals(other.fields)) {
        return false;
      }
      for (int k = 0; k < values.size(); k++) {
        double x = values.get(k);
        double y = other.values.get(k);
        if (Math.abs(x - y) > TOLERANCE * Math.max(Math.max(Math.abs(x), Math.abs(y)), 1.0)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Keeps set order stable like Python's sorted() for the error list. */
  static List<List<String>> sorted(Set<List<String>> pairs) {
    List<List<String>> out = new ArrayList<>(pairs);
    out.sort((a, b) -> a.get(0).equals(b.get(0)) ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
    return out;
  }

  static <T> Set<T> minus(Set<T> a, Set<T> b) {
    Set<T> out = new java.util.LinkedHashSet<>(a);
    out.removeAll(b);
    return out;
  }
}
