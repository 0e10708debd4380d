package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Competition;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.Investment;
import dev.dealgraph.extract.Round;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an article's investments, funding rounds and rivalries from its sentences, entity mentions and
 * amounts, and consolidates them: one investment per deal, one round per round, one competition per pair.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class RelationExtractor {

  /** How many sentences back a statement may look for a deal or round it leaves implicit. */
  static final int CONTEXT = 3;
  /**
   * How many sentences back an investor's own earlier deal still names the company a statement about it leaves
   * implicit: "X led the seed round. … X plans to put $5-8m into a Series A next year."
   */
  static final int INVESTOR_REACH = 8;
  /** How many deals back an organization is looked for among the investors, so the look-up stays bounded. */
  private static final int INVESTOR_LOOKBACK = 200;

  private final Vocabulary words;
  private final InvestmentFinder verbs;
  private final NounFinder nouns;
  private final RoundFinder rounds;
  private final RivalFinder rivals;
  private final TableRows tables;

  /** Creates an extractor from the lexicons. */
  public RelationExtractor(Lexicons lex) {
    this.words = new Vocabulary(lex);
    this.verbs = new InvestmentFinder(words);
    this.nouns = new NounFinder(words);
    this.rounds = new RoundFinder(words);
    this.rivals = new RivalFinder();
    this.tables = new TableRows(lex);
  }

  /** Holds the consolidated relations of one article. */
  public record Relations(List<Investment> investments, List<Round> rounds, List<Competition> competitors) {}

  /** Returns the relations stated in the sentences; the three lists are parallel to {@code sentences}. */
  public Relations extract(List<Sentence> sentences, List<List<EntityMention>> mentions, List<List<Money>> money) {
    Collected found = new Collected();
    EntityMention topic = null;
    Map<String, Integer> counts = new java.util.HashMap<>();
    List<EntityMention> pair = List.of();
    Set<List<String>> units = new java.util.HashSet<>();
    boolean listed = false;
    Optional<TableRows.Heading> table = Optional.empty();
    View before = null;
    for (int k = 0; k < sentences.size(); k++) {
      View v = new View(sentences.get(k), words, mentions.get(k), money.get(k));
      found.topic.sentence(mentions.get(k));
      View previous = before;
      before = v;
      Optional<TableRows.Heading> heading = tables.heading(v);
      boolean row = heading.isEmpty() && table.isPresent() && tables.row(v, k, table.get(), topic, found);
      table = heading.isPresent() ? heading : row ? table : Optional.empty();
      if (table.isPresent()) {
        // A table's heading and rows are read by their columns; the finders of prose would misread them.
        continue;
      }
      int dealsBefore = found.deals.size();
      int implicitBefore = found.implicit.size();
      int roundsBefore = found.rounds.size();
      listed = listed && BulletList.item(v, k, found) || BulletList.opens(v);
      boolean[] used = verbs.find(v, k, found);
      boolean[] consumed = rounds.find(v, k, found);
      SectionHeading.find(v, k, found);
      for (int i = 0; i < used.length; i++) {
        used[i] |= consumed[i];
      }
      nouns.find(v, k, used, found);
      ShareAmounts.find(v, k, found);
      SourcedSums.find(v, k, found);
      rivals.find(v, topic, found);
      PairReference.find(v, pair, found);
      PairReference.asObject(v, pair, found);
      PairReference.within(v, found);
      ReportDenial.find(v, k, found);
      TalksWith.find(v, k, found);
      Portfolio.find(v, k, found);
      GroupInvestors.find(v, k, found);
      AsAreList.find(v, k, found, dealsBefore, implicitBefore);
      AmongThem.find(v, previous, k, found);
      TopicSentence.find(v, k, found, dealsBefore, implicitBefore, roundsBefore);
      EquityReceived.find(v, k, found, roundsBefore, topic);
      JointVenture.find(v, k, found);
      DebtFilter.apply(v, found, dealsBefore, implicitBefore, roundsBefore);
      CorrectionFilter.apply(v, found, dealsBefore, implicitBefore, roundsBefore);
      DealClosed.find(v, k, found, dealsBefore, implicitBefore);
      DealClosed.completing(v, k, found, dealsBefore, implicitBefore);
      TitleFilter.apply(v, found, dealsBefore, implicitBefore, roundsBefore);
      UnitFilter.apply(v, found, dealsBefore, implicitBefore, roundsBefore, units);
      pair = PairReference.groupOf(v, pair, found);
      // The article's protagonist so far: the organization named most often, outside the phrases fronted before
      // a subject ("Founded by former Globex engineers, Quanta AI …" is about Quanta AI).
      int open = RivalDiscourse.openerEnd(v);
      for (EntityMention m : v.mentions) {
        if (m.named() && m.form() != EntityMention.Form.PERSON && m.entity().isPresent() && m.first() > open) {
          int n = counts.merge(m.entity().get().name(), 1, Integer::sum);
          if (topic == null || n > counts.get(topic.entity().get().name())) {
            topic = m;
          }
        }
      }
    }
    List<Finding.Deal> deals = new java.util.ArrayList<>(Context.resolve(found));
    // A deal only reported or in talks is gone once the article carries a denial of it; a completed one stays.
    deals.removeIf(d -> found.denied.contains(List.of(d.investor().get(0).name(), d.investee().get(0).name()))
        && d.reading().status().filter(st -> st.compareTo(dev.dealgraph.extract.Status.IN_TALKS) <= 0).isPresent());
    deals.removeIf(d -> UnitFilter.pairs(units, d.investor().get(0), d.investee().get(0)));
    return new Relations(Deals.consolidate(deals), Context.rounds(found, deals),
        competitors(found.rivals));
  }

  private static List<Competition> competitors(List<Finding.Rivals> found) {
    Map<String, Competition> byPair = new LinkedHashMap<>();
    for (Finding.Rivals r : found) {
      Competition c = new Competition(r.a(), r.b(), r.evidence());
      String key = c.a().name() + "\u0000" + c.b().name();
      Competition seen = byPair.get(key);
      if (seen == null || seen.evidence().confidence() < c.evidence().confidence()) {
        byPair.put(key, c);
      }
    }
    return List.copyOf(byPair.values());
  }

  /**
   * Returns the investee a statement leaves implicit, from the deals and rounds just before it; never one of the
   * organizations the investor's apposition names ({@code aside}). A member of a list of several investors
   * ({@code listed}) joins the round in context before its own earlier deal: "Alibaba, Tencent and Xiaomi
   * participated" are in one round, whatever Tencent backed two sentences before.
   */
  static Optional<Entity> contextInvestee(Entity investor, int sentence, boolean withAmount,
      List<Finding.Deal> deals, List<Finding.Round> rounds, Set<String> aside, boolean listed, RoundTopic topic) {
    for (int r = rounds.size() - 1; r >= 0 && rounds.get(r).sentence() >= sentence; r--) {
      Finding.Round round = rounds.get(r);
      if (round.sentence() == sentence && round.investee().isPresent()
          && !round.investee().get().name().equals(investor.name())
          && !aside.contains(round.investee().get().name())) {
        return round.investee();
      }
    }
    int last = lastAtOrBefore(deals, sentence);
    Optional<Entity> found = listed ? recentRound(investor, sentence, deals, rounds, aside, topic) : Optional.empty();
    found = found.or(() -> ownDeal(investor, sentence, deals, aside, last));
    found = found.or(() -> recentRound(investor, sentence, deals, rounds, aside, topic));
    if (found.isPresent()) {
      return found;
    }
    // Last, for a stated sum, the company the latest deal before was about: "Google would invest ₹33,737 crore
    // for a stake".
    for (int d = withAmount ? last : -1; d >= 0 && sentence - deals.get(d).sentence() <= CONTEXT; d--) {
      Finding.Deal f = deals.get(d);
      if (!f.investee().get(0).name().equals(investor.name()) && !aside.contains(f.investee().get(0).name())) {
        return Optional.of(f.investee().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the company the sentence before is about, for a sum stated with no company and no deal before it: "At
   * its founding, Kestrel took 7 billion yen from eight companies. Toyota and Sony each invested 1 billion yen."
   * An organization that has invested in the article is a backer, never the company meant.
   */
  static Optional<Entity> previousSubject(Entity investor, int sentence, List<Finding.Deal> deals,
      Set<String> aside, RoundTopic topic) {
    return topic.about(sentence - 1)
        .filter(e -> e.kind() != dev.dealgraph.extract.EntityKind.PERSON && !e.name().equals(investor.name())
            && !aside.contains(e.name())
            && deals.stream().noneMatch(d -> d.investor().get(0).name().equals(e.name())));
  }

  /** Returns the company of the investor's own latest deal a few sentences before, if any. */
  private static Optional<Entity> ownDeal(Entity investor, int sentence, List<Finding.Deal> deals, Set<String> aside,
      int last) {
    for (int d = last; d >= 0 && sentence - deals.get(d).sentence() <= INVESTOR_REACH; d--) {
      Finding.Deal f = deals.get(d);
      if (f.investor().get(0).name().equals(investor.name()) && !aside.contains(f.investee().get(0).name())) {
        return Optional.of(f.investee().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the company of the latest round in context that is neither the investor nor another investor: a round
   * a few sentences back, or an earlier one whose company is still the topic (see {@link RoundTopic}).
   */
  private static Optional<Entity> recentRound(Entity investor, int sentence, List<Finding.Deal> deals,
      List<Finding.Round> rounds, Set<String> aside, RoundTopic topic) {
    boolean latest = true;
    for (int r = rounds.size() - 1; r >= 0; r--) {
      Finding.Round round = rounds.get(r);
      if (round.sentence() > sentence || round.investee().isEmpty()) {
        continue;
      }
      boolean near = sentence - round.sentence() <= CONTEXT;
      if (!near && !latest) {
        // Beyond the near context only the latest round is the topic; one passed over ended it.
        return Optional.empty();
      }
      if (!round.investee().get().name().equals(investor.name())
          && !aside.contains(round.investee().get().name())
          && !investorBefore(round.investee().get(), round.sentence(), deals)) {
        return near || topic.reaches(round.investee().get(), round.sentence(), sentence, deals) ? round.investee()
            : Optional.empty();
      }
      latest = false;
    }
    return Optional.empty();
  }

  /**
   * Returns true when an organization invested in a deal stated before a sentence: "X led the round. X raised a
   * $2 billion fund last year. Other participants included …" gives the list to the company X backed, not to X.
   */
  private static boolean investorBefore(Entity e, int sentence, List<Finding.Deal> deals) {
    int last = lastAtOrBefore(deals, sentence);
    for (int d = last; d >= Math.max(0, last - INVESTOR_LOOKBACK); d--) {
      if (deals.get(d).sentence() < sentence && deals.get(d).investor().get(0).name().equals(e.name())) {
        return true;
      }
    }
    return false;
  }

  /** Returns the index of the last deal stated at or before a sentence, or -1; deals are in sentence order. */
  static int lastAtOrBefore(List<Finding.Deal> deals, int sentence) {
    int lo = 0;
    int hi = deals.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (deals.get(mid).sentence() <= sentence) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
