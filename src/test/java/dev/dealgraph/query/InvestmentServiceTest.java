package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.testing.CorpusStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvestmentServiceTest {
  private final InvestmentService service = new InvestmentService(CorpusStore.shared());

  private Page<Investment> list(DealFilter filter) {
    return service.list(filter, FactSort.RECENT, PageRequest.first());
  }

  @Test
  void listsEveryDealMostRecentlyReportedFirst() {
    Page<Investment> page = list(DealFilter.none());
    assertThat(page.total()).isEqualTo(10);
    assertThat(page.items()).extracting(i -> i.lastReported().map(LocalDate::toString).orElse("-"))
        .startsWith("2025-06-01", "2025-06-01", "2025-02-10", "2025-02-10").endsWith("-");
  }

  @Test
  void statusOfADealIsTheHighestStageAnyReportAsserts() {
    Investment pledge = list(DealFilter.none().withInvestor("amazon")).items().stream()
        .filter(i -> i.amount().map(Money::kind).orElse("").equals("upTo")).findFirst().orElseThrow();
    assertThat(pledge.status()).isEqualTo("completed");
    assertThat(pledge.sources()).extracting(InvestmentSource::status).containsExactly("announced", "completed");
    assertThat(pledge.sources().get(0).tranches()).extracting(m -> m.value().orElseThrow())
        .containsExactly(new BigDecimal("1250000000"));
    assertThat(pledge.amount().orElseThrow().max()).contains(new BigDecimal("4000000000"));
    assertThat(pledge.amount().orElseThrow().text()).contains("up to $4 billion");
  }

  @Test
  void filtersCombineStatusCurrencyAndAmount() {
    DealFilter withdrawn = new DealFilter(Optional.empty(), Optional.empty(), Set.of("withdrawn"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(list(withdrawn).items()).extracting(i -> i.investors().get(0).id()).containsExactly("softbank");

    DealFilter bigEuro = new DealFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.of("EUR"),
        Optional.of(new BigDecimal("25000000")), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertThat(list(bigEuro).items()).extracting(i -> i.investors().get(0).id())
        .containsExactlyInAnyOrder("nvidia", "lumen-ventures");
  }

  @Test
  void filtersBySeriesLabelIgnoringCase() {
    DealFilter seriesB = new DealFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("SERIES B"));
    assertThat(list(seriesB).items()).extracting(i -> i.investors().get(0).id())
        .containsExactlyInAnyOrder("jane-roe", "lumen-ventures");
  }

  @Test
  void filtersByDateRange() {
    DealFilter in2024 = new DealFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2024, 1, 1)),
        Optional.of(LocalDate.of(2024, 12, 31)), Optional.empty());
    assertThat(list(in2024).total()).isEqualTo(6);
  }

  @Test
  void readsOneDealById() {
    Investment any = list(DealFilter.none()).items().get(0);
    assertThat(service.get(any.id())).contains(any);
    assertThat(service.get("0000000000000000")).isEmpty();
    assertThat(service.get("not-a-deal")).isEmpty();
  }
}
