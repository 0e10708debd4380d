package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {
  private static ResponseCache.Entry body(int bytes) {
    return new ResponseCache.Entry("application/json", new byte[bytes]);
  }

  @Test
  void keepsAnswersWithinTheBudgetDroppingTheLeastRecentlyUsed() {
    ResponseCache cache = new ResponseCache(100, 60);
    cache.put("a", body(40));
    cache.put("b", body(40));
    cache.get("a");
    cache.put("c", body(40));
    assertThat(cache.get("a")).isPresent();
    assertThat(cache.get("b")).isEmpty();
    assertThat(cache.get("c")).isPresent();
  }

  @Test
  void leavesOutAnswersLargerThanTheLargestAllowed() {
    ResponseCache cache = new ResponseCache(100, 60);
    cache.put("big", body(61));
    assertThat(cache.get("big")).isEmpty();
  }
}
