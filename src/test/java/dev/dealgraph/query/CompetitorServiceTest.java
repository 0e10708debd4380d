package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.testing.CorpusStore;
import org.junit.jupiter.api.Test;

class CompetitorServiceTest {
  private final CompetitorService service = new CompetitorService(CorpusStore.shared());

  @Test
  void rivalsOfAnOrganizationPutItFirstWithTheEvidence() {
    Page<Competition> rivals = service.of("openai", PageRequest.first()).orElseThrow();
    assertThat(rivals.items()).extracting(c -> c.organization().id()).containsOnly("openai");
    assertThat(rivals.items()).extracting(c -> c.competitor().id())
        .containsExactly("anthropic", "google", "mistral-ai");
    Competition.Source source = rivals.items().get(0).sources().get(0);
    assertThat(source.article().id()).isEqualTo("n1-amazon-pledge");
    assertThat(source.evidence().text()).isEqualTo("Anthropic competes with OpenAI for business customers.");
  }

  @Test
  void everyPairAppearsOnceOrderedByName() {
    assertThat(service.all(PageRequest.first()).items())
        .extracting(c -> c.organization().id() + "/" + c.competitor().id())
        .containsExactly("anthropic/openai", "google/openai", "mistral-ai/openai");
    assertThat(service.of("nobody", PageRequest.first())).isEmpty();
  }
}
