package dev.dealgraph.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Holds every deal of the store as columns, in IRI order, with one precomputed order per {@link FactSort}: filters,
 * sorts and counts run over arrays, never over the store. Immutable; built by {@link FactScan}.
 */
final class DealTable {
  /** The epoch day of a date that is absent. */
  static final int NONE = Integer.MIN_VALUE;
  private static final Stage[] STAGES = Stage.values();

  /** Says which deals a page holds, as table positions, and how many matched over all pages. */
  record Selection(int total, int[] deals) {}

  /**
   * The columns, each indexed by deal position; {@code investors} and {@code investees} hold organization
   * positions (investors in IRI order), {@code placed} round positions, {@code series} lower-case series labels by
   * round position.
   */
  record Columns(String[] iri, IntLists investors, IntLists investees, byte[] stage, int[] first, int[] last,
      int[] lastReported, BigDecimal[] magnitude, String[] currency, Money[] amount, IntLists placed,
      List<List<String>> series) {}

  private final Columns c;
  private final int[][] order;
  private final int[][] rank;
  private final IntLists made;
  private final IntLists received;

  /**
   * @param order    the deal positions in each sort's order, by {@link FactSort} ordinal
   * @param made     the deals of each organization as investor, most recently reported first
   * @param received the deals of each organization as investee, most recently reported first
   */
  DealTable(Columns columns, int[][] order, IntLists made, IntLists received) {
    this.c = columns;
    this.order = order;
    this.made = made;
    this.received = received;
    this.rank = new int[order.length][];
    for (int s = 0; s < order.length; s++) {
      rank[s] = new int[order[s].length];
      for (int r = 0; r < order[s].length; r++) {
        rank[s][order[s][r]] = r;
      }
    }
  }

  int size() {
    return c.iri().length;
  }

  String iri(int deal) {
    return c.iri()[deal];
  }

  /** Returns the position of the deal with this IRI, if the table has it. */
  OptionalInt position(String dealIri) {
    int at = Arrays.binarySearch(c.iri(), dealIri);
    return at >= 0 ? OptionalInt.of(at) : OptionalInt.empty();
  }

  IntLists made() {
    return made;
  }

  IntLists received() {
    return received;
  }

  Stage stage(int deal) {
    return STAGES[c.stage()[deal] - 1];
  }

  /** Returns the investors' organization positions, in IRI order. */
  int[] investors(int deal) {
    int[] out = new int[c.investors().size(deal)];
    Arrays.setAll(out, k -> c.investors().get(deal, k));
    return out;
  }

  /** Returns the investee's organization position, the first when the graph names several. */
  int investee(int deal) {
    return c.investees().get(deal, 0);
  }

  Optional<Money> amount(int deal) {
    return Optional.ofNullable(c.amount()[deal]);
  }

  /** Returns the magnitude of the deal's amount when it is in {@code currency}, else null. */
  BigDecimal magnitudeIn(int deal, String currency) {
    return currency.equals(c.currency()[deal]) ? c.magnitude()[deal] : null;
  }

  Optional<LocalDate> lastReported(int deal) {
    int day = c.lastReported()[deal];
    return day == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
  }

  /** Returns the page of deals {@code criteria} keeps in {@code sort} order, and how many it keeps in all. */
  Selection select(DealCriteria criteria, FactSort sort, int offset, int limit) {
    if (criteria.empty()) {
      return new Selection(0, new int[0]);
    }
    int s = sort.ordinal();
    int anchor = criteria.investor() >= 0 ? criteria.investor() : criteria.investee();
    IntLists anchored = criteria.investor() >= 0 ? made : received;
    if (criteria.investor() >= 0 && criteria.investee() >= 0
        && received.size(criteria.investee()) < made.size(criteria.investor())) {
      anchor = criteria.investee();
      anchored = received;
    }
    if (anchor >= 0) {
      // An organization's deals are few next to the store's: gather the kept ones and sort them by rank.
      int[] ranks = new int[anchored.size(anchor)];
      int kept = 0;
      for (int k = 0; k < ranks.length; k++) {
        int deal = anchored.get(anchor, k);
        if (keeps(deal, criteria)) {
          ranks[kept++] = rank[s][deal];
        }
      }
      Arrays.sort(ranks, 0, kept);
      int from = Math.min(kept, offset);
      int to = (int) Math.min(kept, (long) from + limit);
      int[] page = new int[to - from];
      Arrays.setAll(page, i -> order[s][ranks[from + i]]);
      return new Selection(kept, page);
    }
    // Unanchored: walk the precomputed order once, counting matches and keeping the page's.
    int[] page = new int[limit];
    int taken = 0;
    int total = 0;
    for (int deal : order[s]) {
      if (keeps(deal, criteria)) {
        if (total >= offset && taken < limit) {
          page[taken++] = deal;
        }
        total++;
      }
    }
    return new Selection(total, Arrays.copyOf(page, taken));
  }

  private boolean keeps(int deal, DealCriteria f) {
    if (f.investor() >= 0 && !c.investors().contains(deal, f.investor())
        || f.investee() >= 0 && !c.investees().contains(deal, f.investee())
        || f.stages() != 0 && (f.stages() & (1 << c.stage()[deal])) == 0) {
      return false;
    }
    if (f.currency().isPresent() && !f.currency().get().equals(c.currency()[deal])) {
      return false;
    }
    BigDecimal magnitude = c.magnitude()[deal];
    if (f.min().isPresent() && (magnitude == null || magnitude.compareTo(f.min().get()) < 0)
        || f.max().isPresent() && (magnitude == null || magnitude.compareTo(f.max().get()) > 0)) {
      return false;
    }
    if (f.from() != NONE && (c.last()[deal] == NONE || c.last()[deal] < f.from())
        || f.to() != NONE && (c.first()[deal] == NONE || c.first()[deal] > f.to())) {
      return false;
    }
    return f.series().isEmpty() || placedIn(deal, f.round(), f.series().get());
  }

  private boolean placedIn(int deal, int round, String series) {
    for (int k = 0; k < c.placed().size(deal); k++) {
      int placed = c.placed().get(deal, k);
      if (placed == round || c.series().get(placed).contains(series)) {
        return true;
      }
    }
    return false;
  }
}
