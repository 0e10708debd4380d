package dev.dealgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Scores one gold document against the report's document of the same name, as {@code score.py} does. */
final class ScoreDocument {

  private final ScoreNames names;
  private final String file;
  private final JsonNode gold;
  private final JsonNode doc;
  private final boolean verbose;
  private final List<String> log;

  ScoreDocument(ScoreNames names, String file, JsonNode gold, JsonNode doc, boolean verbose, List<String> log) {
    this.names = names;
    this.file = file;
    this.gold = gold;
    this.doc = doc;
    this.verbose = verbose;
    this.log = log;
  }

  private List<String> pair(JsonNode i) {
    return List.of(names.canonical(i.path("investor")), names.canonical(i.path("investee")));
  }

  /** Returns pair tp/pred/gold, amount tp/pred/gold, competitor tp/pred/gold, status ok/n. */
  int[] counts() {
    int[] c = new int[11];
    Set<List<String>> goldPairs = new LinkedHashSet<>();
    gold.path("investments").forEach(i -> goldPairs.add(pair(i)));
    Set<List<String>> optionalPairs = new HashSet<>();
    gold.path("optional_investments").forEach(i -> optionalPairs.add(pair(i)));
    optionalPairs.removeAll(goldPairs);
    List<JsonNode> predicted = new ArrayList<>();
    doc.path("investments").forEach(i -> {
      if (i.isObject()) {
        predicted.add(i);
      }
    });
    Set<List<String>> predPairs = new LinkedHashSet<>();
    predicted.forEach(i -> predPairs.add(pair(i)));
    predPairs.removeAll(optionalPairs);
    compare(predPairs, goldPairs, c, 0, "pair", " -> ");
    amounts(predicted, c);
    competitors(c);
    return c;
  }

  private record GoldDeal(List<String> pair, Evaluation.AmountKey amount, JsonNode status) {}

  private void amounts(List<JsonNode> predicted, int[] c) {
    List<GoldDeal> deals = new ArrayList<>();
    gold.path("investments").forEach(i -> {
      Evaluation.AmountKey key = Evaluation.amountKey(i.get("amount"));
      if (key != null) {
        deals.add(new GoldDeal(pair(i), key, i.path("status")));
      }
    });
    List<GoldDeal> optional = new ArrayList<>();
    for (String field : List.of("optional_investments", "optional_amounts")) {
      gold.path(field).forEach(i -> optional.add(new GoldDeal(pair(i), Evaluation.amountKey(i.get("amount")), null)));
    }
    Set<Integer> matched = new HashSet<>();
    for (JsonNode i : predicted) {
      Evaluation.AmountKey key = Evaluation.amountKey(i.get("amount"));
      if (key == null) {
        continue;
      }
      List<String> p = pair(i);
      int hit = -1;
      for (int k = 0; k < deals.size() && hit < 0; k++) {
        if (!matched.contains(k) && deals.get(k).pair().equals(p) && deals.get(k).amount().matches(key)) {
          hit = k;
        }
      }
      if (hit >= 0) {
        matched.add(hit);
        c[3]++;
        c[4]++;
        c[10]++;
        String status = i.path("status").isTextual() ? i.path("status").asText() : null;
        String want = deals.get(hit).status().isTextual() ? deals.get(hit).status().asText() : null;
        if (java.util.Objects.equals(status, want)) {
          c[9]++;
        } else if (verbose) {
          log.add(file + ": status " + status + " != " + want + " for " + p.get(0) + " -> " + p.get(1));
        }
      } else if (optional.stream().anyMatch(o -> o.pair().equals(p) && (o.amount() == null
          || o.amount().matches(key)))) {
        continue;
      } else {
        c[4]++;
        log.add(file + ": wrong amount " + p.get(0) + " -> " + p.get(1) + " " + ScoreNames.repr(i.get("amount")));
      }
    }
    c[5] += deals.size();
    for (int k = 0; k < deals.size(); k++) {
      if (!matched.contains(k)) {
        log.add(file + ": missed amount " + deals.get(k).pair().get(0) + " -> " + deals.get(k).pair().get(1) + " "
            + deals.get(k).amount());
      }
    }
  }

  private List<String> unordered(JsonNode a, JsonNode b) {
    List<String> p = new ArrayList<>(List.of(names.canonical(a), names.canonical(b)));
    p.sort(String::compareTo);
    return List.copyOf(p);
  }

  private void competitors(int[] c) {
    Set<List<String>> goldComp = new LinkedHashSet<>();
    gold.path("competitors").forEach(x -> goldComp.add(unordered(x.get(0), x.get(1))));
    Set<List<String>> optional = new HashSet<>();
    gold.path("optional_competitors").forEach(x -> optional.add(unordered(x.get(0), x.get(1))));
    optional.removeAll(goldComp);
    Set<List<String>> pred = new LinkedHashSet<>();
    for (JsonNode x : doc.path("competitors")) {
      if (x.isObject()) {
        pred.add(unordered(x.get("a"), x.get("b")));
      } else if (x.isArray() && x.size() == 2) {
        pred.add(unordered(x.get(0), x.get(1)));
      }
    }
    pred.removeIf(p -> p.get(0).equals(p.get(1)));
    pred.removeAll(optional);
    compare(pred, goldComp, c, 6, "competitors", " ~ ");
  }

  /** Counts true positives, predictions and gold pairs from {@code c[at]} on, and logs extras then misses. */
  private void compare(Set<List<String>> predicted, Set<List<String>> gold, int[] c, int at, String what,
      String joint) {
    Set<List<String>> tp = new HashSet<>(predicted);
    tp.retainAll(gold);
    c[at] = tp.size();
    c[at + 1] = predicted.size();
    c[at + 2] = gold.size();
    Evaluation.sorted(Evaluation.minus(predicted, gold))
        .forEach(p -> log.add(file + ": extra " + what + " " + p.get(0) + joint + p.get(1)));
    Evaluation.sorted(Evaluation.minus(gold, predicted))
        .forEach(p -> log.add(file + ": missed " + what + " " + p.get(0) + joint + p.get(1)));
  }
}
