package dev.dealgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealgraph.App;
import dev.dealgraph.pipeline.Batching;
import dev.dealgraph.pipeline.SampleCorpus;
import dev.dealgraph.store.Store;
import dev.dealgraph.testing.CorpusStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the fact index and the SPARQL path in step: every organization, its rivals, every organization count, the
 * statistics and a wide set of deal filters, sorts and pages give equal answers both ways, on the test corpus and on the sample corpus shipped
 * in the jar. Each test reports every mismatch at once.
 */
class FactIndexTest {
  private static Store sample;

  @BeforeAll
  static void loadSampleCorpus() {
    sample = Store.inMemory();
    App.ingestion(sample, Batching.bulk(50)).ingestAll(SampleCorpus.inputs().iterator(), o -> { });
  }

  @AfterAll
  static void closeSampleCorpus() {
    sample.close();
  }

  @Test
  void indexAnswersEqualTheStoreOnTheTestCorpus() {
    assertThat(mismatches(CorpusStore.shared())).isEmpty();
  }

  @Test
  void indexAnswersEqualTheStoreOnTheSampleCorpus() {
    assertThat(mismatches(sample)).isEmpty();
  }

  @Test
  void indexIsUsedOnlyAtTheGenerationItWasBuiltFrom() {
    try (Store store = CorpusStore.open(); FreshFacts facts = FreshFacts.start(store)) {
      assertThat(facts.await(Duration.ofSeconds(30))).isTrue();
      long built = facts.current().orElseThrow().generation();
      store.touch();
      assertThat(facts.inUse()).isFalse();
      assertThat(facts.await(Duration.ofSeconds(30))).isTrue();
      assertThat(facts.current().orElseThrow().generation()).isEqualTo(built + 1);
    }
  }

  private static List<String> mismatches(Store store) {
    List<String> out = new ArrayList<>();
    Directory directory = new Directory(store);
    try (FreshFacts facts = FreshFacts.start(store)) {
      assertThat(facts.await(Duration.ofSeconds(60))).isTrue();
      OrganizationService indexed = new OrganizationService(store, directory, facts);
      OrganizationService plain = new OrganizationService(store, directory);
      List<String> ids = directory.current().actors().stream().map(a -> a.ref().id()).toList();
      for (String id : ids) {
        compare(out, "organization " + id, indexed.get(id), plain.get(id));
      }
      CompetitorService rivals = new CompetitorService(store, facts);
      CompetitorService claims = new CompetitorService(store);
      for (String id : ids) {
        for (PageRequest page : List.of(PageRequest.first(), new PageRequest(1, 1))) {
          compare(out, "competitors of " + id + " " + page, rivals.of(id, page), claims.of(id, page));
        }
      }
      StatsService stats = new StatsService(store, directory, facts);
      StatsService counted = new StatsService(store, directory);
      for (String currency : List.of("USD", "EUR", "XXX")) {
        compare(out, "stats in " + currency, stats.stats(currency, 10), counted.stats(currency, 10));
      }
      for (OrgSort sort : OrgSort.values()) {
        OrgFilter all = new OrgFilter(Optional.empty(), Optional.empty());
        compare(out, "organizations by " + sort.code(), indexed.list(all, sort, new PageRequest(500, 0)),
            plain.list(all, sort, new PageRequest(500, 0)));
      }
      InvestmentService deals = new InvestmentService(store, facts);
      InvestmentService sparql = new InvestmentService(store);
      for (DealFilter filter : filters()) {
        for (FactSort sort : FactSort.values()) {
          for (PageRequest page : List.of(new PageRequest(50, 0), new PageRequest(2, 1), new PageRequest(3, 4))) {
            compare(out, filter + " " + sort + " " + page, deals.list(filter, sort, page),
                sparql.list(filter, sort, page));
          }
        }
      }
      // One filter and one sort per organization, taking turns, keeps the run short and tries each on many.
      List<DealFilter> anchored = anchored(ids);
      for (int i = 0; i < anchored.size(); i++) {
        FactSort sort = FactSort.values()[i % FactSort.values().length];
        compare(out, anchored.get(i) + " " + sort, deals.list(anchored.get(i), sort, PageRequest.first()),
            sparql.list(anchored.get(i), sort, PageRequest.first()));
      }
      assertThat(facts.inUse()).as("the index stayed in use").isTrue();
    }
    return out;
  }

  private static void compare(List<String> out, String what, Object indexed, Object sparql) {
    if (!indexed.equals(sparql)) {
      out.add(what + ":\n  index:  " + indexed + "\n  sparql: " + sparql);
    }
  }

  private static List<DealFilter> anchored(List<String> ids) {
    List<DealFilter> filters = new ArrayList<>();
    DealFilter none = DealFilter.none();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      filters.add(switch (i % 4) {
        case 0 -> none.withInvestor(id);
        case 1 -> none.withInvestee(id);
        case 2 -> with(none.withInvestor(id), Set.of("completed", "announced"), null, null, null, null);
        default -> with(none.withInvestee(id), Set.of(), "USD", null, null, null);
      });
    }
    return filters;
  }

  private static List<DealFilter> filters() {
    Set<DealFilter> filters = new LinkedHashSet<>();
    DealFilter none = DealFilter.none();
    filters.add(none);
    filters.add(none.withInvestor("nobody-here"));
    filters.add(none.withInvestee("Not An Id"));
    for (String status : DealFilter.STATUS_CODES) {
      filters.add(with(none, Set.of(status), null, null, null, null));
    }
    filters.add(with(none, Set.of("rumored", "inTalks"), null, null, null, null));
    for (String currency : List.of("USD", "EUR", "GBP", "XXX")) {
      filters.add(with(none, Set.of(), currency, null, null, null));
    }
    for (String amount : List.of("1", "25000000", "1000000000", "4000000000")) {
      BigDecimal a = new BigDecimal(amount);
      filters.add(new DealFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.of(a),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
      filters.add(new DealFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.of("USD"),
          Optional.empty(), Optional.of(a), Optional.empty(), Optional.empty(), Optional.empty()));
    }
    for (String year : List.of("2023", "2024", "2025")) {
      filters.add(with(none, Set.of(), null, LocalDate.parse(year + "-01-01"), null, null));
      filters.add(with(none, Set.of(), null, null, LocalDate.parse(year + "-06-30"), null));
      filters.add(with(none, Set.of(), null, LocalDate.parse(year + "-01-01"), LocalDate.parse(year + "-12-31"),
          null));
    }
    for (String round : List.of("Series A", "SERIES B", "series c", "seed", "0000000000000000", "nothing")) {
      filters.add(with(none, Set.of(), null, null, null, round));
    }
    return List.copyOf(filters);
  }

  private static DealFilter with(DealFilter f, Set<String> statuses, String currency, LocalDate from, LocalDate to,
      String round) {
    return new DealFilter(f.investor(), f.investee(), statuses, Optional.ofNullable(currency), f.minAmount(),
        f.maxAmount(), Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(round));
  }
}
