package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Gathers the findings of an article's sentences, resolving each pair of mentions to two different entities. */
final class Collected {

  final List<Finding.Deal> deals = new ArrayList<>();
  final List<Finding.Anaphor> anaphors = new ArrayList<>();
  final List<Finding.HeadlineSum> headlineSums = new ArrayList<>();
  final List<Finding.Deal> implicit = new ArrayList<>();
  /** Per implicit deal, the organizations its investor's apposition names, which its investee cannot be. */
  final Map<Finding.Deal, Set<String>> asides = new IdentityHashMap<>();
  final List<Finding.Round> rounds = new ArrayList<>();
  /** Organizations named alone by section headings ("## How Acme got here"), as rounds with nothing but a company. */
  final List<Finding.Round> topics = new ArrayList<>();
  final List<Finding.Rivals> rivals = new ArrayList<>();
  /** Which company's round each sentence keeps to, for statements that leave the company implicit. */
  final RoundTopic topic = new RoundTopic();
  /** Pairs whose deal the article denies or negates ("X has no plans to invest in Y"), as investor and investee. */
  final java.util.Set<List<String>> denied = new java.util.HashSet<>();
  /** Who faces rivals a sentence described without naming them ("competition from larger groups"), or empty. */
  List<EntityMention> awaitingRivals = List.of();
  /** Who a sentence said is "not alone" in what it does; the next sentence may name the others. */
  List<EntityMention> notAlone = List.of();
  /** Who a "not alone" described, while later sentences name its peers; see {@link RivalPeers}. */
  List<EntityMention> peersOf = List.of();
  /** The peers named so far after a "not alone". */
  List<EntityMention> peers = List.of();
  /** How many more sentences may add peers. */
  int peerReach;
  /** Whom the sentence before asked about ("Who does X compete with?"); see {@link RivalAnswers}. */
  List<EntityMention> askedRivals = List.of();
  /** The subjects of the last two sentences, by name: a "the company" after them most likely means one of them. */
  List<String> recentSubjects = List.of();
  /** How many of {@link #rivals} the sentences before this one found: the rest are this sentence's. */
  int rivalsGrouped;
  /** The organizations the rivalries of the sentence before joined, when they were three or more. */
  List<EntityMention> rivalCircle = List.of();
  /** Where in {@link #rivals} each of the last sentences began, oldest first. */
  List<Integer> rivalMarks = List.of();
  /** The organizations that were the subjects of the last sentences, oldest first, each once. */
  List<EntityMention> groupSubjects = List.of();
  /** The organizations the sentence before named only in a phrase fronted before its subject, by name. */
  List<String> frontedBefore = List.of();
  /**
   * The makers of products the article introduced ("Quanta AI sells Orbit") or whose unit it names ("Globex Cloud,
   * which builds the Nimbus models"), by {@link RivalProducts#key}.
   */
  final java.util.Map<String, Entity> productOwners = new java.util.HashMap<>();
  /** Who has received money in the deals recorded so far, by name. */
  private final java.util.Set<String> receivers = new java.util.HashSet<>();
  /** Who has put money in the deals recorded so far, by name. */
  private final java.util.Set<String> givers = new java.util.HashSet<>();

  /** Denies the deals of a party stated up to {@code reach} sentences before: "X denied the report". */
  void denyReported(Entity party, int sentence, int reach) {
    for (int d = deals.size() - 1; d >= 0 && sentence - deals.get(d).sentence() <= reach; d--) {
      Finding.Deal f = deals.get(d);
      String investor = f.investor().get(0).name();
      String investee = f.investee().get(0).name();
      if (f.sentence() < sentence && (investor.equals(party.name()) || investee.equals(party.name()))) {
        denied.add(List.of(investor, investee));
      }
    }
  }

  /** Records an investment between two mentions, if their best readings are two different entities. */
  void deal(View v, int sentence, EntityMention investor, EntityMention investee, Optional<Amount> amount,
      Reading reading) {
    deal(v, sentence, investor, investee, amount, reading, false);
  }

  /**
   * Records an investment between two mentions; with {@code alternatives}, a pronoun whose best reading is the
   * investee itself takes its next reading ("Anthropic, in which it has a stake": "it" is not Anthropic).
   */
  void deal(View v, int sentence, EntityMention investor, EntityMention investee, Optional<Amount> amount,
      Reading reading, boolean alternatives) {
    if (reading.denied() && investor.entity().isPresent() && investee.entity().isPresent()) {
      denied.add(List.of(investor.entity().get().name(), investee.entity().get().name()));
    }
    if (reading.denied() || investee.form() == EntityMention.Form.PRODUCT) {
      // Money paid to a product ("commits $30 billion to Azure") buys services, not a stake.
      return;
    }
    // A pronoun or description never refers to the other party of its own clause ("Microsoft invested in the
    // company": the company is not Microsoft), so such a mention may fall back to its next reading.
    List<Entity> investors = alternatives || referring(investor) ? investor.candidates()
        : investor.candidates().stream().limit(1).toList();
    List<Entity> investees = referring(investee) ? receiverReadings(v, investee)
        : investee.candidates().stream().limit(1).toList();
    if (referring(investee) && investees.size() > 1 && v.is(investor.end() + 1, "the", "a", "an", "one")) {
      // "X, the venture arm of Hooli, which invested in the company": the company is not the investor's own parent;
      // a relative clause instead ("X, which sells Y its chips, is its shareholder") may well name it.
      Set<String> aside = aside(v, investor);
      List<Entity> outside = investees.stream().filter(e -> !aside.contains(e.name())).toList();
      investees = outside.isEmpty() ? investees : outside;
    }
    for (Entity a : investors) {
      for (Entity b : investees) {
        if (!a.name().equals(b.name()) && b.kind() != EntityKind.PERSON) {
          double confidence = 0.9 * weight(investor) * weight(investee);
          deals.add(new Finding.Deal(List.of(a), List.of(b), amount, reading, v.evidence(confidence), sentence,
              v.sentence.titleCase()));
          receivers.add(b.name());
          givers.add(a.name());
          return;
        }
      }
    }
  }

  /**
   * Takes back the deals, implicit deals and rounds recorded since the given sizes that a rule rules out: the
   * findings of one sentence that a loan or a person's title explains away.
   */
  void dropSince(int dealsFrom, int implicitFrom, int roundsFrom, java.util.function.Predicate<Finding.Deal> deal,
      java.util.function.Predicate<Finding.Round> round) {
    deals.subList(dealsFrom, deals.size()).removeIf(deal);
    implicit.subList(implicitFrom, implicit.size()).removeIf(deal);
    rounds.subList(roundsFrom, rounds.size()).removeIf(round);
  }

  /** Records an investment whose investee the sentence leaves to the context. */
  void implicitDeal(View v, int sentence, EntityMention investor, Optional<Amount> amount, Reading reading) {
    if (!reading.denied() && investor.entity().isPresent()) {
      Finding.Deal d = new Finding.Deal(List.of(investor.entity().get()), List.of(), amount, reading,
          v.evidence(0.6 * weight(investor)), sentence, v.sentence.titleCase());
      implicit.add(d);
      Set<String> aside = aside(v, investor);
      if (!aside.isEmpty()) {
        asides.put(d, aside);
      }
    }
  }

  /**
   * Returns the organizations named in the investor's apposition ("Vela, the fund that backed Corvex, is in talks
   * to invest"): what the apposition tells about the investor, never the company its main clause invests in.
   */
  private static Set<String> aside(View v, EntityMention investor) {
    int k = investor.end();
    if (!v.is(k, ",", "-", "--") || !v.is(k + 1, "the", "a", "an", "which", "who", "whose", "one")) {
      return Set.of();
    }
    Set<String> out = new java.util.HashSet<>();
    for (k = k + 1; k < v.size() && !v.is(k, ",", "-", "--", ".", ";"); k++) {
      EntityMention m = v.mention(k);
      // Only a name: "one of the company's earliest investors" refers to the company under discussion, in which
      // the main clause may well invest again.
      if (m != null && m.named() && m.entity().isPresent()) {
        out.add(m.entity().get().name());
      }
    }
    return out;
  }

  /** Records that two mentions compete, if they can be two different entities. */
  void rivals(View v, EntityMention a, EntityMention b, double confidence) {
    // Only the best reading of each side: a rival pair is never worth a second-choice referent.
    if (a.entity().isEmpty() || b.entity().isEmpty()) {
      return;
    }
    // A product the article introduced stands for its maker.
    Entity x = productOwners.getOrDefault(RivalProducts.key(v, a), a.entity().get());
    Entity y = productOwners.getOrDefault(RivalProducts.key(v, b), b.entity().get());
    // As for deals, a description is never the other side of its own rivalry ("the new lab is a rival to
    // OpenAI": the lab is not OpenAI), so it falls back to its next reading; a pronoun ("its rival") may be.
    // "Initech is its biggest threat", "Nimbus is its main rival": the owner of a rival is never that rival, nor the
    // maker of a product it rivals.
    if (x.name().equals(y.name()) && a.candidates().size() > 1 && (a.form() == EntityMention.Form.DESCRIPTION
        || a.form() == EntityMention.Form.PRONOUN && (a.possessive() || b.form() == EntityMention.Form.PRODUCT))) {
      x = a.candidates().get(1);
    } else if (x.name().equals(y.name()) && b.candidates().size() > 1 && (b.form() == EntityMention.Form.DESCRIPTION
        || b.form() == EntityMention.Form.PRONOUN && (b.possessive() || a.form() == EntityMention.Form.PRODUCT))) {
      y = b.candidates().get(1);
    }
    if (!x.name().equals(y.name()) && x.kind() != EntityKind.PERSON && y.kind() != EntityKind.PERSON) {
      rivals.add(new Finding.Rivals(x, y, v.evidence(confidence * weight(a) * weight(b))));
    }
  }

  /**
   * Orders the readings of "the company" or "its rounds" as a receiver of money: when the best one has received
   * none so far, a reading that has goes first ("X invested in Y, and Z will take a stake in the company" means
   * Y); otherwise the order stands.
   */
  private List<Entity> receiversFirst(View v, List<Entity> candidates, boolean pronoun) {
    if (candidates.isEmpty() || receivers.contains(candidates.get(0).name())) {
      return candidates;
    }
    if (pronoun && !givers.contains(candidates.get(0).name()) && !named(v, candidates.get(0))) {
      // "Hooli has many backers. Its last round was led by X": a company new to the deals, named in a sentence
      // before, that a pronoun means most is the one the article has turned to, not an earlier receiver.
      return candidates;
    }
    List<Entity> out = new java.util.ArrayList<>(candidates);
    out.sort(java.util.Comparator.comparing(e -> !receivers.contains(e.name())));
    return out;
  }

  /** Returns true when the sentence names {@code e} itself, not through a pronoun or description. */
  private static boolean named(View v, Entity e) {
    for (int k = 0; k < v.size(); k++) {
      EntityMention m = v.mention(k);
      if (m != null && m.named() && m.entity().filter(x -> x.name().equals(e.name())).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when an organization has received money in a deal recorded so far. */
  boolean received(Entity e) {
    return receivers.contains(e.name());
  }

  /** Returns who a mention names as the receiver of money: "its rounds" means the company that raises them. */
  Optional<Entity> receiving(View v, EntityMention m) {
    return referring(m) ? receiverReadings(v, m).stream().findFirst() : m.entity();
  }

  /**
   * Returns who a mention names as the receiver of money raised from {@code investors}: "X led their seed round"
   * never makes X the owner of the round it leads.
   */
  Optional<Entity> receiving(View v, EntityMention m, List<EntityMention> investors) {
    List<String> names = investors.stream().flatMap(i -> i.entity().stream()).map(Entity::name).toList();
    List<Entity> readings = referring(m) ? receiverReadings(v, m) : m.candidates().stream().limit(1).toList();
    return readings.stream().filter(e -> !names.contains(e.name())).findFirst();
  }

  /**
   * Returns the readings of a referring investee; a possessor or a preposition's object ("its rounds", "a stake
   * in the company") is ordered by who has received money, while a subject keeps the order its salience gave.
   */
  private List<Entity> receiverReadings(View v, EntityMention m) {
    List<Entity> readings = m.possessive() || Slots.objectOfPreposition(v, m) || verbObject(v, m) ? receiversFirst(v,
        m.candidates(), m.form() == EntityMention.Form.PRONOUN) : m.candidates();
    return m.form() == EntityMention.Form.PRONOUN ? turnedTo(v.sentence.index(), readings) : readings;
  }

  /**
   * Puts first the company the sentence before turned to by speaking of its backers ("Adept's investors are a
   * similar mix. Its Series B was led by X"; see {@link TopicSentence}), when it is one of a pronoun's readings.
   */
  private List<Entity> turnedTo(int sentence, List<Entity> readings) {
    if (topics.isEmpty() || topics.get(topics.size() - 1).sentence() != sentence - 1) {
      return readings;
    }
    Optional<Entity> topic = topics.get(topics.size() - 1).investee();
    if (topic.isEmpty() || !readings.contains(topic.get()) || readings.get(0).equals(topic.get())) {
      return readings;
    }
    List<Entity> out = new java.util.ArrayList<>(readings);
    out.remove(topic.get());
    out.add(0, topic.get());
    return out;
  }

  /** "Nvidia and Amazon also backed it.": a pronoun right after a verb and before no verb of its own is its object. */
  private static boolean verbObject(View v, EntityMention m) {
    int p = m.first() - 1;
    int n = m.end();
    boolean afterVerb = p >= 0 && v.tok(p).type() == dev.dealgraph.extract.text.Token.Type.WORD
        && !v.tok(p).capitalised() && v.words.verbs.containsKey(v.low(p));
    boolean ownVerb = n < v.size() && (v.words.auxiliaries.contains(v.low(n)) || v.words.verbs.containsKey(v.low(n))
        || v.low(n).endsWith("ed") || v.words.adverbs.contains(v.low(n)));
    return afterVerb && !ownVerb;
  }

  private static boolean referring(EntityMention m) {
    return m.form() == EntityMention.Form.PRONOUN || m.form() == EntityMention.Form.DESCRIPTION;
  }

  /** Weighs how sure a mention's entity is: names fully, pronouns and descriptions less, bare capitals least. */
  static double weight(EntityMention m) {
    return switch (m.form()) {
      case NAME, DISCOVERED, PERSON -> 1.0;
      case PRODUCT -> 0.9;
      case DESCRIPTION, PRONOUN -> 0.85;
      case CANDIDATE -> 0.75;
    };
  }
}
