package dev.dealgraph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds organizations and people by name, alias, ticker or product: exact, prefix, word-prefix and typo-tolerant
 * matches, ranked. Immutable; built once per store generation.
 *
 * <p>Every folded name is stored once whole and once from each later word on ("google deepmind", "deepmind"),
 * sorted, so prefix and word matches are a binary search; typos are found by a scan bounded by an edit distance of
 * one for short queries and two from six characters on.
 */
final class SearchIndex {
  /** How much a name counts by where it comes from: the name itself, an alias, a ticker, a product. */
  private static final double NAME = 1.0;
  private static final double ALIAS = 0.95;
  private static final double TICKER = 0.9;
  private static final double PRODUCT = 0.85;

  private record Key(String folded, String original, int actor, double weight, boolean wholeName) {}

  private final List<Actor> actors;
  private final Key[] keys;

  private SearchIndex(List<Actor> actors, Key[] keys) {
    this.actors = actors;
    this.keys = keys;
  }

  static SearchIndex of(List<Actor> actors) {
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      Actor a = actors.get(i);
      add(keys, a.ref().name(), i, NAME);
      for (String alias : a.aliases()) {
        add(keys, alias, i, ALIAS);
      }
      for (String ticker : a.tickers()) {
        add(keys, ticker, i, TICKER);
      }
      for (String product : a.products()) {
        add(keys, product, i, PRODUCT);
      }
    }
    Key[] sorted = keys.toArray(Key[]::new);
    Arrays.sort(sorted, Comparator.comparing(Key::folded));
    return new SearchIndex(actors, sorted);
  }

  private static void add(List<Key> keys, String original, int actor, double weight) {
    String folded = Fold.of(original);
    if (folded.isEmpty()) {
      return;
    }
    keys.add(new Key(folded, original, actor, weight, true));
    for (int i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) {
      keys.add(new Key(folded.substring(i + 1), original, actor, weight, false));
    }
  }

  /** Returns the best {@code limit} hits for {@code query}, best first; none when it has no letter or digit. */
  List<SearchHit> search(String query, int limit) {
    String q = Fold.of(query);
    if (q.isEmpty()) {
      return List.of();
    }
    Map<Integer, SearchHit> best = new HashMap<>();
    for (int i = lowerBound(q); i < keys.length && keys[i].folded().startsWith(q); i++) {
      Key k = keys[i];
      boolean exact = k.folded().length() == q.length() && k.wholeName();
      String how = exact ? "exact" : k.wholeName() ? "prefix" : "word";
      double base = exact ? 1.0 : k.wholeName() ? 0.8 : 0.65;
      keep(best, k, how, base + 0.1 * q.length() / k.folded().length());
    }
    if (q.length() >= 3) {
      int max = q.length() >= 6 ? 2 : 1;
      for (Key k : keys) {
        if (!best.containsKey(k.actor())) {
          int whole = EditDistance.within(q, k.folded(), max);
          int prefix = k.folded().length() > q.length()
              ? EditDistance.within(q, k.folded().substring(0, q.length()), max) : whole;
          int d = Math.min(whole, prefix);
          if (d <= max) {
            keep(best, k, "fuzzy", 0.5 - 0.1 * d + (d == whole ? 0.05 : 0));
          }
        }
      }
    }
    return best.values().stream()
        .sorted(Comparator.comparingDouble(SearchHit::score).reversed()
            .thenComparing(h -> h.name().length()).thenComparing(SearchHit::name).thenComparing(SearchHit::id))
        .limit(limit).toList();
  }

  private void keep(Map<Integer, SearchHit> best, Key k, String how, double base) {
    double score = Math.round(Math.min(1.0, base * k.weight()) * 1000) / 1000.0;
    SearchHit earlier = best.get(k.actor());
    if (earlier == null || earlier.score() < score) {
      OrgRef ref = actors.get(k.actor()).ref();
      best.put(k.actor(), new SearchHit(ref.id(), ref.name(), ref.kind(), ref.href(), k.original(), how, score));
    }
  }

  private int lowerBound(String q) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid].folded().compareTo(q) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
