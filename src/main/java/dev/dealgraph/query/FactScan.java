package dev.dealgraph.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Builds the {@link FactIndex} from a handful of scans over the whole store, each a query the request path also
 * runs, bound to one organization or deal there and unbound here, so both paths read the same facts. Runs inside
 * a read transaction.
 */
final class FactScan {
  private static final Query CORE = Sparql.load("deal-core");
  private static final Query CURRENCIES = Sparql.load("index-currencies");
  private static final Query PLACEMENTS = Sparql.load("index-placements");
  private static final Query PROFILES = Sparql.load("index-profiles");
  private static final Query ORG_ROUNDS = Sparql.load("index-org-rounds");
  private static final Query CLAIMS = Sparql.load("competition-claims");
  private static final Query REPORTS = Sparql.load("deal-reports");

  private final DatasetGraph dataset;
  private final Lookups lookups;
  private final BooleanSupplier stop;
  /** Equal values share one instance: amounts, magnitudes and currencies repeat across many deals. */
  private final Map<Object, Object> shared = new HashMap<>();

  private FactScan(DatasetGraph dataset, BooleanSupplier stop) {
    this.dataset = dataset;
    this.lookups = new Lookups(dataset);
    this.stop = stop;
  }

  /** Reads the index of {@code dataset}, tagged with {@code generation}; inside a read transaction. */
  static FactIndex build(DatasetGraph dataset, long generation) {
    return build(dataset, generation, () -> false);
  }

  /**
   * Reads the index as {@link #build(DatasetGraph, long)} does, giving up between rows once {@code stop} is true.
   *
   * @throws CancellationException when stopped, so that the read transaction ends and the store can close
   */
  static FactIndex build(DatasetGraph dataset, long generation, BooleanSupplier stop) {
    return new FactScan(dataset, stop).build(generation);
  }

  /** Runs a whole-store scan, checking between rows whether to give up. */
  private void scan(Query query, Consumer<Row> sink) {
    Sparql.forEach(dataset, query, Args.none(), row -> {
      checkStop();
      sink.accept(row);
    });
  }

  private void checkStop() {
    if (stop.getAsBoolean()) {
      throw new CancellationException("fact index build stopped");
    }
  }

  private FactIndex build(long generation) {
    List<ListKey> keys = new ArrayList<>();
    DealQuery.all(dataset, key -> {
      checkStop();
      keys.add(key);
    });
    keys.sort(Comparator.comparing(ListKey::iri));
    int n = keys.size();
    Map<String, Integer> dealAt = new HashMap<>(n * 2);
    String[] iri = new String[n];
    byte[] stage = new byte[n];
    int[] first = new int[n];
    int[] last = new int[n];
    int[] lastReported = new int[n];
    BigDecimal[] magnitude = new BigDecimal[n];
    for (int d = 0; d < n; d++) {
      ListKey k = keys.get(d);
      iri[d] = k.iri();
      dealAt.put(k.iri(), d);
      stage[d] = (byte) k.stage().orElse(Stage.RUMORED).order();
      first[d] = k.first().map(x -> (int) x.toEpochDay()).orElse(DealTable.NONE);
      last[d] = k.last().map(x -> (int) x.toEpochDay()).orElse(DealTable.NONE);
      lastReported[d] = k.lastReported().map(x -> (int) x.toEpochDay()).orElse(DealTable.NONE);
      magnitude[d] = k.magnitude().map(this::share).orElse(null);
    }

    List<Set<String>> investors = sets(n, true);
    List<Set<String>> investees = sets(n, false);
    String[] amountIri = new String[n];
    scan(CORE, row -> {
      Integer d = dealAt.get(row.iri("deal"));
      if (d != null) {
        investors.get(d).add(row.iri("investor"));
        investees.get(d).add(row.iri("investee"));
        if (amountIri[d] == null) {
          amountIri[d] = row.optionalIri("amount").orElse(null);
        }
      }
    });
    String[] currency = new String[n];
    scan(CURRENCIES, row -> {
      Integer d = dealAt.get(row.iri("deal"));
      if (d != null) {
        currency[d] = row.text("currency").map(this::share).orElse(null);
      }
    });
    Map<String, Money> money = lookups.allAmounts();
    Money[] amount = new Money[n];
    for (int d = 0; d < n; d++) {
      Money m = amountIri[d] == null ? null : money.get(amountIri[d]);
      amount[d] = m == null ? null : share(m);
    }

    Map<String, Integer> roundAt = new HashMap<>();
    List<List<String>> series = new ArrayList<>();
    List<List<Integer>> placed = new ArrayList<>(Collections.nCopies(n, List.of()));
    scan(PLACEMENTS, row -> {
      Integer d = dealAt.get(row.iri("deal"));
      if (d == null) {
        return;
      }
      int r = roundAt.computeIfAbsent(row.iri("round"), k -> {
        series.add(new ArrayList<>());
        return series.size() - 1;
      });
      row.text("series").map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> !series.get(r).contains(s))
          .ifPresent(series.get(r)::add);
      if (placed.get(d).isEmpty()) {
        placed.set(d, new ArrayList<>());
      }
      if (!placed.get(d).contains(r)) {
        placed.get(d).add(r);
      }
    });

    Map<String, OrgFacts> profiles = profiles();
    Set<String> actors = new LinkedHashSet<>();
    List<String> claimIris = new ArrayList<>();
    investors.forEach(actors::addAll);
    investees.forEach(actors::addAll);
    profiles.forEach((org, facts) -> actors.addAll(facts.related(org)));
    Map<String, List<Integer>> pairs = claims(claimIris);
    pairs.keySet().forEach(pair -> actors.addAll(List.of(pair.split(" "))));
    Map<String, OrgRef> refs = actors.isEmpty() ? Map.of() : lookups.orgs(actors);
    Map<String, Integer> orgAt = new HashMap<>();
    OrgRef[] orgRefs = new OrgRef[actors.size()];
    for (String actor : actors) {
      orgRefs[orgAt.size()] = refs.get(actor);
      orgAt.put(actor, orgAt.size());
    }

    int[][] order = new int[FactSort.values().length][];
    for (FactSort sort : FactSort.values()) {
      Integer[] byKey = new Integer[n];
      Arrays.setAll(byKey, d -> d);
      Arrays.sort(byKey, Comparator.comparing(keys::get, sort.order()));
      order[sort.ordinal()] = Arrays.stream(byKey).mapToInt(Integer::intValue).toArray();
    }
    List<List<Integer>> made = lists(actors.size());
    List<List<Integer>> received = lists(actors.size());
    for (int d : order[FactSort.RECENT.ordinal()]) {
      investors.get(d).forEach(a -> made.get(orgAt.get(a)).add(d));
      investees.get(d).forEach(a -> received.get(orgAt.get(a)).add(d));
    }
    DealTable.Columns columns = new DealTable.Columns(iri, positions(investors, orgAt), positions(investees, orgAt),
        stage, first, last, lastReported, magnitude, currency, amount, IntLists.of(placed),
        series.stream().map(List::copyOf).toList());
    return new FactIndex(generation, new DealTable(columns, order, IntLists.of(made), IntLists.of(received)),
        new FactIndex.Orgs(orgAt, orgRefs, profiles, OrgCounts.read(dataset, List.of()), lookups.allRounds(),
            roundAt), rivals(claimIris, pairs, orgAt, orgRefs), StatsService.counts(dataset, 0),
        new FactIndex.Sources(lookups.allArticles(), tranches(money), reports(dealAt.keySet())));
  }

  /** Reads every report of the deals, with its evidence. */
  private ReportTable reports(Set<String> deals) {
    ReportTable.Builder table = new ReportTable.Builder(this::share);
    scan(REPORTS, row -> {
      if (deals.contains(row.iri("subject"))) {
        table.add(row);
      }
    });
    return table.build();
  }

  /** Reads the tranches of every report that has some, as amounts. */
  private Map<String, List<Money>> tranches(Map<String, Money> money) {
    Map<String, List<Money>> out = new HashMap<>();
    DealReader.allTranches(dataset).forEach((report, amounts) ->
        out.put(report, amounts.stream().map(money::get).map(m -> m == null ? null : share(m)).toList()));
    return out;
  }

  /** Reads every competition claim once, grouped by pair ("a b", a's IRI first), into {@code claimIris}. */
  private Map<String, List<Integer>> claims(List<String> claimIris) {
    Map<String, List<Integer>> pairs = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    scan(CLAIMS, row -> {
      if (seen.add(row.iri("report"))) {
        claimIris.add(row.iri("report"));
        pairs.computeIfAbsent(row.iri("a") + " " + row.iri("b"), k -> new ArrayList<>()).add(claimIris.size() - 1);
      }
    });
    return pairs;
  }

  /** Orders each organization's pairs as the competitor list does: most claims, then the rival's name and id. */
  private static RivalTable rivals(List<String> claimIris, Map<String, List<Integer>> pairs,
      Map<String, Integer> orgAt, OrgRef[] refs) {
    List<List<Integer>> claimsOfPair = new ArrayList<>(pairs.values());
    int[][] ends = new int[claimsOfPair.size()][];
    List<List<Integer>> pairsOf = lists(refs.length);
    int p = 0;
    for (String pair : pairs.keySet()) {
      String[] ab = pair.split(" ");
      ends[p] = new int[] {orgAt.get(ab[0]), orgAt.get(ab[1])};
      pairsOf.get(ends[p][0]).add(p);
      pairsOf.get(ends[p][1]).add(p);
      p++;
    }
    for (int org = 0; org < refs.length; org++) {
      int self = org;
      Comparator<Integer> order = Comparator.comparingInt((Integer q) -> claimsOfPair.get(q).size()).reversed()
          .thenComparing(q -> refs[other(ends[q], self)].name()).thenComparing(q -> refs[other(ends[q], self)].id());
      pairsOf.get(org).sort(order);
    }
    return new RivalTable(claimIris.toArray(String[]::new), IntLists.of(claimsOfPair), IntLists.of(pairsOf));
  }

  private static int other(int[] ends, int org) {
    return ends[0] == org ? ends[1] : ends[0];
  }

  /** Reads the facts of every typed organization and person, with the rounds each raised. */
  private Map<String, OrgFacts> profiles() {
    Map<String, OrgFacts.Builder> builders = new HashMap<>();
    scan(PROFILES, row -> builders.computeIfAbsent(row.iri("org"), k -> new OrgFacts.Builder()).add(row));
    scan(ORG_ROUNDS, row -> {
      OrgFacts.Builder b = builders.get(row.iri("org"));
      if (b != null) {
        b.add(OrgFacts.ROUND, row.iri("round"));
      }
    });
    Map<String, OrgFacts> out = new HashMap<>(builders.size() * 2);
    builders.forEach((org, b) -> out.put(org, b.build()));
    return out;
  }

  @SuppressWarnings("unchecked")
  private <T> T share(T value) {
    return (T) shared.computeIfAbsent(value, v -> v);
  }

  private static List<Set<String>> sets(int n, boolean sorted) {
    List<Set<String>> sets = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sets.add(sorted ? new TreeSet<>() : new LinkedHashSet<>());
    }
    return sets;
  }

  private static List<List<Integer>> lists(int n) {
    List<List<Integer>> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  private static IntLists positions(List<? extends Collection<String>> iris, Map<String, Integer> at) {
    return IntLists.of(iris.stream().map(set -> set.stream().map(at::get).toList()).toList());
  }
}
