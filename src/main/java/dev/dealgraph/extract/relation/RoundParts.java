package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
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
    var noun = v.cueAt("trigger:round-noun", k);
    int e = noun != null && noun.first() == k ? noun.end() : k;
    EntityMention raiser = raiser(v, v.is(e, "that", "which") ? e + 1 : e);
    if (raiser != null) {
      return List.of(raiser);
    }
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

  /**
   * Returns the company of a relative clause that raises the round just named: "the $700 million placement Acme
   * raised in December", "the round that Acme closed"; null when no name and verb of receiving start at {@code k}.
   */
  private static EntityMention raiser(View v, int k) {
    EntityMention owner = v.mentionAt(k);
    if (owner == null || owner.possessive() || owner.entity().filter(e -> e.kind() != EntityKind.PERSON).isEmpty()) {
      return null;
    }
    int h = owner.end();
    while (h < v.size() && (v.words.auxiliaries.contains(v.low(h)) || v.words.adverbs.contains(v.low(h)))) {
      h++;
    }
    Verb verb = h < v.size() ? v.words.verbs.get(v.low(h)) : null;
    return verb != null && verb.section().equals("verb-receive") && !verb.is(Verb.Form.BASE) ? owner : null;
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
