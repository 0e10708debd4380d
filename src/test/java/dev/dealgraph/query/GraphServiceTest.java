package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.testing.CorpusStore;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphServiceTest {
  private final GraphService service = new GraphService(CorpusStore.shared());

  private GraphView around(String focus, int depth, DealFilter deals) {
    return service.graph(new GraphRequest(Optional.of(focus), depth, deals, 100)).orElseThrow();
  }

  @Test
  void neighbourhoodGrowsWithDepth() {
    GraphView one = around("amazon", 1, DealFilter.none());
    assertThat(one.nodes()).extracting(GraphView.Node::id).containsExactlyInAnyOrder("amazon", "anthropic");
    assertThat(one.edges()).extracting(GraphView.Edge::kind).containsOnly("investment").hasSize(2);

    GraphView two = around("amazon", 2, DealFilter.none());
    assertThat(two.nodes()).extracting(GraphView.Node::id)
        .containsExactlyInAnyOrder("amazon", "anthropic", "google", "openai");
    assertThat(two.edges()).extracting(GraphView.Edge::kind).contains("competition");

    GraphView three = around("amazon", 3, DealFilter.none());
    assertThat(three.nodes()).extracting(GraphView.Node::id).contains("mistral-ai", "softbank", "thrive-capital");
  }

  @Test
  void dealFiltersApplyToInvestmentEdges() {
    DealFilter completed = new DealFilter(Optional.empty(), Optional.empty(), Set.of("completed"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(around("anthropic", 1, completed).edges()).filteredOn(e -> e.kind().equals("investment"))
        .extracting(GraphView.Edge::status).containsOnly(Optional.of("completed")).hasSize(3);
  }

  @Test
  void wholeGraphStopsAtTheLimitAndSaysSo() {
    GraphView view = service.graph(new GraphRequest(Optional.empty(), 1, DealFilter.none(), 4)).orElseThrow();
    assertThat(view.edges()).hasSize(4);
    assertThat(view.truncated()).isTrue();
    assertThat(service.graph(new GraphRequest(Optional.of("nobody"), 1, DealFilter.none(), 4))).isEmpty();
  }
}
