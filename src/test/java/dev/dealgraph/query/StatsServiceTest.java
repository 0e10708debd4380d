package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.testing.CorpusStore;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatsServiceTest {
  private final StatsService service = new StatsService(CorpusStore.shared(), new Directory(CorpusStore.shared()));

  @Test
  void countsRanksAndLatestArticles() {
    Stats stats = service.stats("USD", 3);
    assertThat(stats.counts().articles()).isEqualTo(7);
    assertThat(stats.counts().investments()).isEqualTo(10);
    assertThat(stats.counts().rounds()).isEqualTo(2);
    assertThat(stats.counts().competitions()).isEqualTo(3);
    assertThat(stats.biggestInvestments()).extracting(i -> i.investee().id()).hasSize(3);
    assertThat(stats.mostActiveInvestors().get(0).organization().id()).isIn("amazon", "google", "microsoft",
        "softbank");
    assertThat(stats.mostFunded().get(0).organization().id()).isEqualTo("anthropic");
    // Amazon's completed pledge (up to 4 billion), its 4 billion top-up and Google's 2 billion
    assertThat(stats.mostFunded().get(0).total()).isEqualByComparingTo(new BigDecimal("10000000000"));
    assertThat(stats.latestArticles()).extracting(ArticleSummary::id).hasSize(3).first()
        .isEqualTo("n6-follow-ups");
  }
}
