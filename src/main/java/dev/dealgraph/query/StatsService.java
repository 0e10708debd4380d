package dev.dealgraph.query;

import dev.dealgraph.store.Store;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;

/** Computes the statistics of the store. */
public final class StatsService {
  private static final Query COUNTS = Sparql.load("stats-counts");
  private static final Query INVESTORS = Sparql.load("stats-investors");

  private final Store store;
  private final Directory directory;
  private final ArticleService articles;

  public StatsService(Store store, Directory directory) {
    this.store = store;
    this.directory = directory;
    this.articles = new ArticleService(store);
  }

  /** Returns the statistics, each ranking {@code top} long, amounts in {@code currency}. */
  public Stats stats(String currency, int top) {
    long organizations = directory.current().actors().size();
    return store.read(() -> {
      Stats.Counts counts = Sparql.select(store.dataset(), COUNTS, Args.none(), row -> new Stats.Counts(
          row.count("articles"), organizations, row.count("deals"), row.count("rounds"), row.count("rivalries")))
          .get(0);
      DealFilter inCurrency = new DealFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.of(currency),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
      List<ListKey> deals = DealQuery.keys(store.dataset(), inCurrency, FactSort.LARGEST);
      DealReader reader = new DealReader(store.dataset());
      List<InvestmentSummary> biggest = reader.summaries(deals.stream().limit(top).toList());
      return new Stats(counts, currency, biggest, active(top), funded(deals, top),
          articles.list(ArticleFilter.none(), ArticleSort.NEWEST, new PageRequest(top, 0)).items());
    });
  }

  private List<Stats.Active> active(int top) {
    Query limited = INVESTORS.cloneQuery();
    limited.setLimit(top);
    List<Map.Entry<String, Long>> ranked = Sparql.select(store.dataset(), limited, Args.none(),
        row -> Map.entry(row.iri("investor"), row.count("deals")));
    Map<String, OrgRef> refs = new Lookups(store.dataset()).orgs(ranked.stream().map(Map.Entry::getKey).toList());
    return ranked.stream().map(e -> new Stats.Active(refs.get(e.getKey()), e.getValue())).toList();
  }

  /** Sums the magnitudes of committed deals (announced or completed) per investee. */
  private List<Stats.Funded> funded(List<ListKey> deals, int top) {
    Map<String, BigDecimal> totals = new HashMap<>();
    Map<String, Long> numbers = new HashMap<>();
    for (ListKey k : deals) {
      boolean committed = k.stage().filter(s -> s == Stage.ANNOUNCED || s == Stage.COMPLETED).isPresent();
      if (committed && k.investee().isPresent() && k.magnitude().isPresent()) {
        totals.merge(k.investee().get(), k.magnitude().get(), BigDecimal::add);
        numbers.merge(k.investee().get(), 1L, Long::sum);
      }
    }
    List<String> ranked = totals.keySet().stream()
        .sorted(Comparator.comparing((String iri) -> totals.get(iri)).reversed().thenComparing(iri -> iri))
        .limit(top).toList();
    Map<String, OrgRef> refs = new Lookups(store.dataset()).orgs(ranked);
    return ranked.stream().map(iri -> new Stats.Funded(refs.get(iri), totals.get(iri), numbers.get(iri))).toList();
  }
}
