package dev.dealgraph.query;

import dev.dealgraph.graph.ResourceId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Holds the facts the JSON API lists and counts, read from one generation of the store: every deal with its sort
 * keys, the deals of each organization, organizations' profiles, counts and rounds. Answers the organization
 * resource, the organization list's counts and the deal lists without touching the store. Immutable; built by
 * {@link FactScan} and kept fresh by {@link FreshFacts}.
 */
final class FactIndex {
  private static final String HEX16 = "[0-9a-f]{16}";

  /**
   * The organization side: positions by IRI, their references, the profiles of typed actors, the counts of
   * {@code org-counts.rq} and a reference to every labelled round.
   */
  record Orgs(Map<String, Integer> positions, OrgRef[] refs, Map<String, OrgFacts> profiles,
      Map<String, OrgCounts> counts, Map<String, RoundRef> rounds, Map<String, Integer> roundPositions) {}

  private final long generation;
  private final DealTable deals;
  private final Orgs orgs;
  private final RivalTable rivals;
  private final Stats.Counts totals;
  private final Sources sources;
  private final String[] orgIris;

  /**
   * What deal responses cite: a reference to every article with a title, the tranches of every report that has
   * some, by report IRI, and every deal's reports.
   */
  record Sources(Map<String, ArticleRef> articles, Map<String, List<Money>> tranches, ReportTable reports) {}

  /** @param totals what {@code stats-counts.rq} counts, organizations left at zero */
  FactIndex(long generation, DealTable deals, Orgs orgs, RivalTable rivals, Stats.Counts totals, Sources sources) {
    this.generation = generation;
    this.deals = deals;
    this.orgs = orgs;
    this.rivals = rivals;
    this.totals = totals;
    this.sources = sources;
    this.orgIris = new String[orgs.refs().length];
    orgs.positions().forEach((iri, at) -> orgIris[at] = iri);
  }

  /** Returns the store generation the index was read from. */
  long generation() {
    return generation;
  }

  int dealCount() {
    return deals.size();
  }

  int organizationCount() {
    return orgs.refs().length;
  }

  /** Returns the organization or person with this IRI, empty when the index holds no profile of it. */
  Optional<Organization> organization(String iri) {
    OrgFacts facts = orgs.profiles().get(iri);
    if (facts == null || !facts.related(iri).stream().allMatch(orgs.positions()::containsKey)) {
      return Optional.empty();
    }
    Integer self = orgs.positions().get(iri);
    List<RoundRef> rounds = facts.out(OrgFacts.ROUND).stream().map(orgs.rounds()::get).filter(Objects::nonNull)
        .toList();
    return Optional.of(OrganizationReader.assemble(iri, facts, this::ref, rounds, counts(deals.made(), self),
        counts(deals.received(), self), orgs.counts().getOrDefault(iri, OrgCounts.ZERO).articles()));
  }

  /** Returns the claims of one page of the rival pairs of the organization with this IRI, and the number of pairs. */
  RivalTable.Slice rivals(String iri, PageRequest page) {
    Integer org = orgs.positions().get(iri);
    return org == null ? new RivalTable.Slice(List.of(), 0) : rivals.of(org, page.offset(), page.limit());
  }

  /** Returns what the store holds, with the number of organizations the directory gives. */
  Stats.Counts storeCounts(long organizations) {
    return new Stats.Counts(totals.articles(), organizations, totals.investments(), totals.rounds(),
        totals.competitions());
  }

  /** Returns the {@code top} largest deals in {@code currency}. */
  List<InvestmentSummary> largest(String currency, int top) {
    DealFilter inCurrency = new DealFilter(Optional.empty(), Optional.empty(), Set.of(),
        Optional.of(currency), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    List<InvestmentSummary> out = new ArrayList<>();
    for (int deal : deals.select(criteria(inCurrency, id -> Optional.empty()), FactSort.LARGEST, 0, top).deals()) {
      out.add(summary(deal));
    }
    return out;
  }

  /** Returns the IRIs of the {@code top} investors with the most deals and rounds, with their numbers. */
  List<Map.Entry<String, Long>> mostActive(int top) {
    return orgs.counts().entrySet().stream().filter(e -> e.getValue().made() > 0)
        .map(e -> Map.entry(e.getKey(), e.getValue().made()))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(top).toList();
  }

  /** Returns the {@code top} investees by money committed to them in {@code currency}. */
  List<FundingSum> funding(String currency, int top) {
    Map<Integer, BigDecimal> totals = new HashMap<>();
    Map<Integer, Long> numbers = new HashMap<>();
    for (int deal = 0; deal < deals.size(); deal++) {
      BigDecimal magnitude = deals.magnitudeIn(deal, currency);
      if (magnitude != null && FundingSum.committed(deals.stage(deal))) {
        totals.merge(deals.investee(deal), magnitude, BigDecimal::add);
        numbers.merge(deals.investee(deal), 1L, Long::sum);
      }
    }
    return totals.keySet().stream().map(org -> new FundingSum(orgIris[org], totals.get(org), numbers.get(org)))
        .sorted(FundingSum.ORDER).limit(top).toList();
  }

  /** Returns the counts of the organization or person with this IRI. */
  OrgCounts counts(String iri) {
    return orgs.counts().getOrDefault(iri, OrgCounts.ZERO);
  }

  /**
   * Returns the IRIs of the page of deals {@code filter} keeps, in {@code sort} order.
   *
   * @param actorIri the IRI the store gives an organization or person id, as {@link Actors#find} does
   */
  Page<String> deals(DealFilter filter, Function<String, Optional<String>> actorIri, FactSort sort,
      PageRequest page) {
    DealTable.Selection s = deals.select(criteria(filter, actorIri), sort, page.offset(), page.limit());
    List<String> iris = new ArrayList<>(s.deals().length);
    for (int deal : s.deals()) {
      iris.add(deals.iri(deal));
    }
    return new Page<>(iris, s.total(), page.limit(), page.offset());
  }

  /**
   * Returns the IRI of the organization or person with this id among those the index knows, an organization first,
   * as {@link Actors#find} does in the store; an actor the index does not know takes part in no deal.
   */
  Optional<String> actor(String id) {
    return Actors.find(id, orgs.positions()::containsKey);
  }

  /** Returns the parties and amount of the deal with this IRI, if the index has it. */
  Optional<DealReader.Parties> parties(String dealIri) {
    OptionalInt at = deals.position(dealIri);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    int deal = at.getAsInt();
    return Optional.of(new DealReader.Parties(investors(deal), orgs.refs()[deals.investee(deal)],
        deals.amount(deal)));
  }

  /** Returns the reports of these deals, grouped by deal, oldest first, as {@link ReportRow#bySubject} does. */
  Map<String, List<ReportRow>> reports(java.util.Collection<String> dealIris) {
    return sources.reports().bySubject(dealIris);
  }

  /** Returns the tranches of the report with this IRI, in the order of their IRIs. */
  List<Money> tranches(String report) {
    return sources.tranches().getOrDefault(report, List.of());
  }

  /** Returns a reference to each of these articles that has a title. */
  Map<String, ArticleRef> articles(List<String> iris) {
    Map<String, ArticleRef> out = new TreeMap<>();
    iris.forEach(iri -> Optional.ofNullable(sources.articles().get(iri)).ifPresent(a -> out.put(iri, a)));
    return out;
  }

  /** Returns a reference to each of these rounds that has a label. */
  Map<String, RoundRef> rounds(List<String> iris) {
    Map<String, RoundRef> out = new HashMap<>();
    iris.forEach(iri -> Optional.ofNullable(orgs.rounds().get(iri)).ifPresent(r -> out.put(iri, r)));
    return out;
  }

  private DealCriteria criteria(DealFilter f, Function<String, Optional<String>> actorIri) {
    int stages = 0;
    for (String code : f.statuses()) {
      stages |= 1 << Stage.fromCode(code).orElseThrow().order();
    }
    int round = DealCriteria.ANY;
    if (f.round().isPresent() && f.round().get().matches(HEX16)) {
      round = Ids.iri(ResourceId.Type.ROUND, f.round().get()).map(orgs.roundPositions()::get)
          .orElse(DealCriteria.ANY);
    }
    return new DealCriteria(position(f.investor(), actorIri), position(f.investee(), actorIri), stages,
        f.currency(), f.minAmount(), f.maxAmount(), f.from().map(d -> (int) d.toEpochDay()).orElse(DealTable.NONE),
        f.to().map(d -> (int) d.toEpochDay()).orElse(DealTable.NONE), round,
        f.round().map(r -> r.toLowerCase(Locale.ROOT)));
  }

  private int position(Optional<String> id, Function<String, Optional<String>> actorIri) {
    if (id.isEmpty()) {
      return DealCriteria.ANY;
    }
    return id.flatMap(actorIri).map(orgs.positions()::get).orElse(DealCriteria.NOTHING);
  }

  private OrgRef ref(String iri) {
    return orgs.refs()[orgs.positions().get(iri)];
  }

  /** Summarises one side of an organization's deals as {@code OrganizationReader} does from the store. */
  private DealCounts counts(IntLists side, Integer org) {
    if (org == null) {
      return new DealCounts(0, Map.of(), List.of());
    }
    Map<String, Long> byStatus = new LinkedHashMap<>();
    List<InvestmentSummary> latest = new ArrayList<>();
    for (int k = 0; k < side.size(org); k++) {
      int deal = side.get(org, k);
      byStatus.merge(deals.stage(deal).code(), 1L, Long::sum);
      if (k < DealCounts.LATEST) {
        latest.add(summary(deal));
      }
    }
    return new DealCounts(side.size(org), byStatus, latest);
  }

  private InvestmentSummary summary(int deal) {
    String id = Ids.of(deals.iri(deal));
    return new InvestmentSummary(id, Links.investment(id), investors(deal), orgs.refs()[deals.investee(deal)],
        deals.amount(deal), deals.stage(deal).code(), deals.lastReported(deal));
  }

  private List<OrgRef> investors(int deal) {
    List<OrgRef> investors = new ArrayList<>();
    for (int investor : deals.investors(deal)) {
      investors.add(orgs.refs()[investor]);
    }
    return investors;
  }
}
