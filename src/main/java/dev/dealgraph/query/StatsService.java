package dev.dealgraph.query;

import dev.dealgraph.store.Store;
import java.math.BigDecimal;
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
  private final FreshFacts facts;

  /** Computes from the store alone, every part by SPARQL. */
  public StatsService(Store store, Directory directory) {
    this(store, directory, FreshFacts.disabled(store));
  }

  /** Takes counts and rankings from {@code facts} when its index is of the store's current generation. */
  public StatsService(Store store, Directory directory, FreshFacts facts) {
    this.store = store;
    this.directory = directory;
    this.articles = new ArticleService(store);
    this.facts = facts;
  }

  /** Returns the statistics, each ranking {@code top} long, amounts in {@code currency}. */
  public Stats stats(String currency, int top) {
    long organizations = directory.current().actors().size();
    Optional<FactIndex> index = facts.current();
    return store.read(() -> {
      Lookups lookups = new Lookups(store.dataset());
      List<ArticleSummary> latest =
          articles.list(ArticleFilter.none(), ArticleSort.NEWEST, new PageRequest(top, 0)).items();
      if (index.isPresent()) {
        FactIndex i = index.get();
        return new Stats(i.storeCounts(organizations), currency, i.largest(currency, top),
            active(lookups, i.mostActive(top)), funded(lookups, i.funding(currency, top)), latest);
      }
      Stats.Counts counts = counts(store.dataset(), organizations);
      DealFilter inCurrency = new DealFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.of(currency),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
      List<ListKey> deals = DealQuery.keys(store.dataset(), inCurrency, FactSort.LARGEST);
      List<InvestmentSummary> biggest = new DealReader(store.dataset()).summaries(deals.stream().limit(top).toList());
      Query limited = INVESTORS.cloneQuery();
      limited.setLimit(top);
      List<Map.Entry<String, Long>> ranked = Sparql.select(store.dataset(), limited, Args.none(),
          row -> Map.entry(row.iri("investor"), row.count("deals")));
      return new Stats(counts, currency, biggest, active(lookups, ranked), funded(lookups, funding(deals, top)),
          latest);
    });
  }

  /** Counts what the store holds, with the number of organizations given; inside a read transaction. */
  static Stats.Counts counts(org.apache.jena.sparql.core.DatasetGraph dataset, long organizations) {
    return Sparql.select(dataset, COUNTS, Args.none(), row -> new Stats.Counts(row.count("articles"),
        organizations, row.count("deals"), row.count("rounds"), row.count("rivalries"))).get(0);
  }

  private static List<Stats.Active> active(Lookups lookups, List<Map.Entry<String, Long>> ranked) {
    Map<String, OrgRef> refs = lookups.orgs(ranked.stream().map(Map.Entry::getKey).toList());
    return ranked.stream().map(e -> new Stats.Active(refs.get(e.getKey()), e.getValue())).toList();
  }

  private static List<Stats.Funded> funded(Lookups lookups, List<FundingSum> ranked) {
    Map<String, OrgRef> refs = lookups.orgs(ranked.stream().map(FundingSum::investee).toList());
    return ranked.stream().map(f -> new Stats.Funded(refs.get(f.investee()), f.total(), f.investments())).toList();
  }

  /** Sums the magnitudes of committed deals (announced or completed) per investee. */
  private static List<FundingSum> funding(List<ListKey> deals, int top) {
    Map<String, BigDecimal> totals = new HashMap<>();
    Map<String, Long> numbers = new HashMap<>();
    for (ListKey k : deals) {
      boolean committed = k.stage().filter(FundingSum::committed).isPresent();
      if (committed && k.investee().isPresent() && k.magnitude().isPresent()) {
        totals.merge(k.investee().get(), k.magnitude().get(), BigDecimal::add);
        numbers.merge(k.investee().get(), 1L, Long::sum);
      }
    }
    return totals.keySet().stream().map(iri -> new FundingSum(iri, totals.get(iri), numbers.get(iri)))
        .sorted(FundingSum.ORDER).limit(top).toList();
  }
}
