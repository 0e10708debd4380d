package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.Round;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Completes statements that lean on their context: an investment whose investee was named before, a round
 * whose company was named before, and an amount given to "the potential investment".
 */
final class Context {

  /** How many sentences back an amount given to "the investment" looks for its deal. */
  private static final int ANAPHOR_REACH = 2;

  private Context() {}

  /** Returns the explicit deals with the implicit ones completed and the anaphoric amounts attached, in order. */
  static List<Finding.Deal> resolve(Collected found) {
    List<Finding.Round> rounds = withInvestees(found.rounds, found.deals, found.topics, found.topic);
    List<Finding.Deal> all = new ArrayList<>(found.deals);
    // Implicit deals are completed in sentence order, and each completed one is context for the next: "It agreed
    // to invest ₹X for a stake in Y" lets a later "Z would invest ₹W for a stake" find Y through it.
    Map<Integer, Integer> perSentence = new java.util.HashMap<>();
    found.implicit.forEach(i -> perSentence.merge(i.sentence(), 1, Integer::sum));
    for (Finding.Deal i : found.implicit) {
      Set<String> aside = backedAside(i, found);
      RelationExtractor.contextInvestee(i.investor().get(0), i.sentence(), concrete(i), all, rounds,
              aside, perSentence.get(i.sentence()) > 1, found.topic)
          // Last, a stated sum with nothing before it goes to the company the sentence before is about.
          .or(() -> i.amount().isPresent() ? RelationExtractor.previousSubject(i.investor().get(0), i.sentence(),
              all, aside, found.topic) : Optional.empty())
          .ifPresent(investee -> insert(all, new Finding.Deal(i.investor(), List.of(investee), i.amount(),
              i.reading(), i.evidence(), i.sentence(), i.headline())));
    }
    for (Finding.Anaphor a : found.anaphors) {
      for (int d = all.size() - 1; d >= 0 && a.sentence() - all.get(d).sentence() <= ANAPHOR_REACH; d--) {
        Finding.Deal f = all.get(d);
        if (f.sentence() <= a.sentence() && a.sentence() - f.sentence() <= ANAPHOR_REACH) {
          if (f.amount().isEmpty()) {
            all.set(d, new Finding.Deal(f.investor(), f.investee(), Optional.of(a.amount()), f.reading(),
                f.evidence(), f.sentence(), f.headline()));
          }
          break;
        }
      }
    }
    headlineSums(found.headlineSums, all);
    return all;
  }

  /**
   * Gives a headline's sum for a described investor to the first deal after it that names an investor in the same
   * company without a figure: "State fund to put 250 billion won into Y" and then "the National Tech Fund, …".
   */
  private static void headlineSums(List<Finding.HeadlineSum> sums, List<Finding.Deal> all) {
    for (Finding.HeadlineSum h : sums) {
      String company = h.investee().name();
      boolean figured = all.stream().anyMatch(d -> d.amount().isPresent() && d.investee().get(0).name().equals(company)
          && d.sentence() - h.sentence() <= RelationExtractor.CONTEXT);
      for (int d = 0; d < all.size() && !figured; d++) {
        Finding.Deal f = all.get(d);
        if (f.sentence() > h.sentence() && f.sentence() - h.sentence() <= RelationExtractor.CONTEXT
            && f.investee().get(0).name().equals(company)) {
          all.set(d, new Finding.Deal(f.investor(), f.investee(), Optional.of(h.amount()), f.reading(), f.evidence(),
              f.sentence(), f.headline()));
          figured = true;
        }
      }
    }
  }

  /**
   * Returns the organizations an implicit deal's investor backs in its own apposition ("Vela, an early financier of
   * Corvex, is in talks to invest"): that stake is stated already, so the new deal is about another company.
   */
  private static Set<String> backedAside(Finding.Deal implicit, Collected found) {
    Set<String> aside = found.asides.getOrDefault(implicit, Set.of());
    String investor = implicit.investor().get(0).name();
    return found.deals.stream()
        .filter(d -> d.sentence() == implicit.sentence() && d.investor().get(0).name().equals(investor))
        .map(d -> d.investee().get(0).name()).filter(aside::contains)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Inserts a deal after those of its sentence and before later ones, keeping the list in sentence order. */
  private static void insert(List<Finding.Deal> deals, Finding.Deal d) {
    int at = RelationExtractor.lastAtOrBefore(deals, d.sentence()) + 1;
    deals.add(at, d);
  }

  /** A sum, or a stake bought or committed, is concrete enough to be placed in the latest deal's company. */
  private static boolean concrete(Finding.Deal d) {
    return d.amount().isPresent() || d.reading().status().map(s -> s == dev.dealgraph.extract.Status.COMPLETED
        || s == dev.dealgraph.extract.Status.ANNOUNCED).orElse(false);
  }

  /**
   * Gives rounds without a named company the company of the latest round or deal before them, or of the section
   * heading above them when nothing was stated since the heading.
   */
  private static List<Finding.Round> withInvestees(List<Finding.Round> rounds, List<Finding.Deal> deals,
      List<Finding.Round> topics, RoundTopic topic) {
    List<Finding.Round> out = new ArrayList<>();
    for (Finding.Round r : rounds) {
      Optional<Entity> investee = r.investee();
      if (investee.isEmpty()) {
        int since = -1;
        for (Finding.Round t : topics) {
          if (t.sentence() < r.sentence() && r.sentence() - t.sentence() <= RelationExtractor.CONTEXT) {
            since = t.sentence();
            investee = t.investee();
          }
        }
        Optional<Entity> stated = latest(out, deals, r.sentence(), since, topic);
        investee = stated.isPresent() ? stated : investee;
      }
      out.add(new Finding.Round(investee, r.series(), r.amount(), r.valuation(), r.leads(), r.participants(),
          r.evidence(), r.sentence()));
    }
    return out;
  }

  /**
   * Returns the company of the latest round, else of the latest deal, stated after a heading's sentence
   * ({@code since}) and at most {@link RelationExtractor#CONTEXT} sentences before; failing both, the company of the
   * latest round or deal farther back while it is still the topic.
   */
  private static Optional<Entity> latest(List<Finding.Round> rounds, List<Finding.Deal> deals, int sentence,
      int since, RoundTopic topic) {
    int at = -1;
    Optional<Entity> company = Optional.empty();
    for (int k = rounds.size() - 1; k >= 0 && company.isEmpty(); k--) {
      if (rounds.get(k).sentence() > since) {
        at = rounds.get(k).sentence();
        company = rounds.get(k).investee();
      }
    }
    int d = RelationExtractor.lastAtOrBefore(deals, sentence);
    boolean roundNear = company.isPresent() && sentence - at <= RelationExtractor.CONTEXT;
    if (!roundNear && d >= 0 && deals.get(d).sentence() > since
        && (company.isEmpty() || deals.get(d).sentence() > at || sentence - deals.get(d).sentence() <= RelationExtractor.CONTEXT)) {
      at = deals.get(d).sentence();
      company = Optional.of(deals.get(d).investee().get(0));
    }
    int from = at;
    return company.filter(c -> topic.reaches(c, from, sentence, deals));
  }

  /** Returns one round per company and series (or figure), with leads and participants merged. */
  static List<Round> rounds(Collected found, List<Finding.Deal> deals) {
    Map<String, Finding.Round> merged = new LinkedHashMap<>();
    Map<String, List<String>> byInvestee = new java.util.HashMap<>();
    for (Finding.Round r : withInvestees(found.rounds, deals, found.topics, found.topic)) {
      if (r.investee().isEmpty()) {
        continue;
      }
      String key = null;
      List<String> keys = byInvestee.computeIfAbsent(r.investee().get().name(), n -> new ArrayList<>());
      for (String candidate : keys) {
        if (compatible(merged.get(candidate), r)) {
          key = candidate;
          break;
        }
      }
      if (key == null) {
        key = r.investee().get().name() + "#" + merged.size();
        keys.add(key);
        merged.put(key, r);
      } else {
        merged.put(key, merge(merged.get(key), r));
      }
    }
    List<Round> out = new ArrayList<>();
    for (Finding.Round r : merged.values()) {
      if (r.amount().isEmpty() && r.series().isEmpty() && r.leads().isEmpty() && r.participants().isEmpty()
          || r.investee().get().kind() == dev.dealgraph.extract.EntityKind.PERSON) {
        // A round is raised by an organization; a founder named beside it is never its investee.
        continue;
      }
      out.add(new Round(r.investee().get(), r.series(), r.amount(), r.valuation(), r.leads(),
          without(r.participants(), r.leads()), Optional.empty(), r.evidence()));
    }
    return out;
  }

  private static boolean compatible(Finding.Round a, Finding.Round b) {
    if (!a.investee().get().name().equals(b.investee().get().name())) {
      return false;
    }
    if (a.series().isPresent() && b.series().isPresent() && !a.series().equals(b.series())) {
      return false;
    }
    return a.amount().isEmpty() || b.amount().isEmpty() || Deals.same(a.amount().get(), b.amount().get());
  }

  private static Finding.Round merge(Finding.Round a, Finding.Round b) {
    Optional<Amount> amount = a.amount().or(b::amount);
    return new Finding.Round(a.investee(), a.series().or(b::series), amount, a.valuation().or(b::valuation),
        union(a.leads(), b.leads()), union(a.participants(), b.participants()),
        a.amount().isPresent() || b.amount().isEmpty() ? a.evidence() : b.evidence(), a.sentence());
  }

  private static List<Entity> union(List<Entity> a, List<Entity> b) {
    Set<Entity> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  private static List<Entity> without(List<Entity> all, List<Entity> removed) {
    return all.stream().filter(e -> !removed.contains(e)).toList();
  }
}
