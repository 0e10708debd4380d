package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.testing.CorpusStore;
import dev.dealgraph.testing.DealCorpus;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleServiceTest {
  private final ArticleService service = new ArticleService(CorpusStore.shared());

  @Test
  void listsNewestFirstWithUndatedLastAndFactCounts() {
    Page<ArticleSummary> page = service.list(ArticleFilter.none(), ArticleSort.NEWEST, PageRequest.first());
    assertThat(page.items()).extracting(ArticleSummary::id).containsExactly("n6-follow-ups",
        "n5-mistral-backers", "n3-openai-round", "n4-pebble-series-b", "n2-amazon-done", "n1-amazon-pledge",
        "n7-undated-rumour");
    ArticleSummary round = page.items().get(2);
    assertThat(round.investmentCount()).isEqualTo(2);
    assertThat(round.roundCount()).isEqualTo(1);
    assertThat(round.competitionCount()).isEqualTo(1);
  }

  @Test
  void filtersByOrganizationTitleWordsAndDates() {
    assertThat(service.list(new ArticleFilter(Optional.of("mistral-ai"), Optional.empty(), Optional.empty(),
        Optional.empty()), ArticleSort.OLDEST, PageRequest.first()).items()).extracting(ArticleSummary::id)
        .containsExactly("n5-mistral-backers", "n7-undated-rumour");
    assertThat(service.list(new ArticleFilter(Optional.empty(), Optional.of("ANTHROPIC"), Optional.empty(),
        Optional.empty()), ArticleSort.OLDEST, PageRequest.first()).total()).isEqualTo(3);
    assertThat(service.list(new ArticleFilter(Optional.empty(), Optional.empty(),
        Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty()), ArticleSort.OLDEST, PageRequest.first()).total())
        .isEqualTo(2);
  }

  @Test
  void articleHasTextFactsAndMentionsWithCodePointOffsets() {
    ArticleDetail pebble = service.get(DealCorpus.ARTICLE_IDS.get(3)).orElseThrow();
    assertThat(pebble.investments()).hasSize(2);
    assertThat(pebble.rounds()).hasSize(1);
    assertThat(pebble.mentions()).extracting(m -> m.organization().id())
        .containsExactly("pebble-robotics", "lumen-ventures", "jane-roe");
    ArticleDetail.MentionSpan jane = pebble.mentions().get(2);
    int[] codePoints = pebble.text().codePoints().toArray();
    assertThat(new String(codePoints, (int) jane.start(), (int) (jane.end() - jane.start()))).isEqualTo("Jane Roe");
    assertThat(service.get("no-such-article")).isEmpty();
  }
}
