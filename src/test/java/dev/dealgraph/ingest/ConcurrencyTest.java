package dev.dealgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  @Test
  void sharedReaderGivesSameArticlesOnManyThreads() throws Exception {
    List<String> names = List.of("page.html", "feed.rss", "feed.atom");
    List<List<Article>> expected = names.stream()
        .map(n -> Reading.READER.read(n, Fixtures.bytes(n), Optional.empty())).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Article>>> futures = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        String name = names.get(i % names.size());
        futures.add(pool.submit(() -> Reading.READER.read(name, Fixtures.bytes(name), Optional.empty())));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % names.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
