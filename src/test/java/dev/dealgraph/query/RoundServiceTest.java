package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.testing.CorpusStore;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoundServiceTest {
  private final RoundService service = new RoundService(CorpusStore.shared());

  @Test
  void roundKeepsItsRangeTotalLeadsParticipantsAndPlacedDeals() {
    Page<Round> page = service.list(new RoundFilter(Optional.of("pebble-robotics"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty()), FactSort.RECENT, PageRequest.first());
    assertThat(page.total()).isEqualTo(1);
    Round round = page.items().get(0);
    assertThat(round.series()).contains("Series B");
    assertThat(round.amount().orElseThrow().kind()).isEqualTo("range");
    assertThat(round.amount().orElseThrow().min()).contains(new BigDecimal("40000000"));
    assertThat(round.amount().orElseThrow().max()).contains(new BigDecimal("50000000"));
    assertThat(round.leads()).extracting(OrgRef::id).containsExactly("lumen-ventures");
    assertThat(round.participants()).extracting(OrgRef::id).containsExactly("jane-roe");
    assertThat(round.investments()).extracting(i -> i.investors().get(0).id())
        .containsExactlyInAnyOrder("jane-roe", "lumen-ventures");
    assertThat(service.get(round.id())).contains(round);
  }

  @Test
  void valuationStaysApartFromTheTotal() {
    Round openAi = service.list(new RoundFilter(Optional.empty(), Optional.empty(), Optional.of("nvidia"),
        Optional.empty(), Optional.empty()), FactSort.RECENT, PageRequest.first()).items().get(0);
    assertThat(openAi.amount().orElseThrow().value()).contains(new BigDecimal("6600000000"));
    assertThat(openAi.valuation().orElseThrow().value()).contains(new BigDecimal("157000000000"));
    assertThat(openAi.valuation().orElseThrow().text()).contains("$157 billion");
  }

  @Test
  void seriesFilterIgnoresCase() {
    assertThat(service.list(new RoundFilter(Optional.empty(), Optional.of("SERIES b"), Optional.empty(),
        Optional.empty(), Optional.empty()), FactSort.RECENT, PageRequest.first()).total()).isEqualTo(1);
    assertThat(service.list(RoundFilter.none(), FactSort.LARGEST, PageRequest.first()).items())
        .extracting(r -> r.investee().id()).containsExactly("openai", "pebble-robotics");
  }
}
