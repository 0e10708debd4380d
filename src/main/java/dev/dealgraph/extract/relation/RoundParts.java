package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.AmountRole;
import dev.dealgraph.extract.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads what every round frame shares: the company after a round noun, the series, the valuation. */
final class RoundParts {

  /** Words of money that make a raise a funding: "raised funding", "raised $N in new capital". */
  static final Set<String> FUNDING = Set.of("funding", "financing", "capital", "investment", "investments",
      "cash", "backing", "money", "round", "seed", "series");

  private RoundParts() {}

  /** Returns the company after a round: "a Series A in Reka", "a round for Reka", skipping the series letter. */
  static List<EntityMention> afterRound(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + 4) && v.mention(h) == null; h++) {
      if (v.cueAt("trigger:participation", h) != null) {
        // "the round brought in X": who joined it, not whose round it is.
        break;
      }
      if (v.is(h, "for", "in", "of", "into")) {
        return NounPhrases.phrase(v, h + 1);
      }
      if (v.is(h, ",", ";", ".", "led", "at", "that", "which")) {
        break;
      }
    }
    return List.of();
  }

  static List<Entity> entities(List<EntityMention> mentions) {
    return mentions.stream().flatMap(m -> m.entity().stream()).toList();
  }

  static Optional<String> series(View v, int from, int to) {
    return seriesWithin(v, from, to + 3);
  }

  /** Returns the series named in tokens {@code [from, to)}: "Series B", "seed". */
  static Optional<String> seriesWithin(View v, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(v.size(), to); k++) {
      if (v.is(k, "series") && k + 1 < v.size() && v.tok(k + 1).text().matches("[A-Z][0-9]?")) {
        return Optional.of("Series " + v.tok(k + 1).text());
      }
      if (v.is(k, "seed", "pre-seed")) {
        return Optional.of(v.low(k));
      }
    }
    return Optional.empty();
  }

  static Optional<Amount> valuation(View v) {
    return v.money.stream().filter(m -> m.role() == AmountRole.VALUATION).findFirst().flatMap(Money::amount);
  }
}
