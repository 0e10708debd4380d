package dev.dealgraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the bodies of recent successful answers by ETag, least recently used first out, within a byte budget.
 *
 * <p>An ETag names the store generation and the whole request, so a body stored under it stays right until the
 * store changes; entries of older generations are simply never asked for again and age out.
 */
final class ResponseCache {
  /** A stored answer. */
  record Entry(String contentType, byte[] body) {}

  private final long budget;
  private final int largest;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long used;

  /**
   * Creates a cache holding at most {@code budget} bytes of bodies, none larger than {@code largest}.
   *
   * @throws IllegalArgumentException when a bound is not positive
   */
  ResponseCache(long budget, int largest) {
    if (budget <= 0 || largest <= 0) {
      throw new IllegalArgumentException("cache bounds must be positive: " + budget + ", " + largest);
    }
    this.budget = budget;
    this.largest = largest;
  }

  synchronized Optional<Entry> get(String etag) {
    return Optional.ofNullable(entries.get(etag));
  }

  synchronized void put(String etag, Entry entry) {
    if (entry.body().length > largest || entries.containsKey(etag)) {
      return;
    }
    entries.put(etag, entry);
    used += entry.body().length;
    var it = entries.entrySet().iterator();
    while (used > budget && it.hasNext()) {
      Map.Entry<String, Entry> eldest = it.next();
      used -= eldest.getValue().body().length;
      it.remove();
    }
  }
}
