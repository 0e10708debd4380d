package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.entity.EntityMention;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes back the deals that make an organization's own investing arm its investee: in "X and Globex's venture fund
 * Globex Growth also took part", the fund is introduced as Globex's arm, so neither Globex nor X invests in it. A
 * parent and its arm are never an investment pair either way, anywhere in the article.
 */
final class UnitFilter {
  /** Nouns that name an organization's own investing arm or unit. */
  private static final Set<String> ARM = Set.of("arm", "fund", "unit", "vehicle", "division", "subsidiary", "affiliate");
  /** How many describing words may stand between the parent's possessive and the arm noun: "venture capital". */
  private static final int DESCRIBING = 3;

  private UnitFilter() {}

  /**
   * Removes the sentence's deals (recorded after the given sizes) into an arm the sentence introduces through its
   * parent, and records the parent and arm so that {@link #pairs} can drop their deals article-wide.
   */
  static void apply(View v, Collected found, int dealsBefore, int implicitBefore, int roundsBefore,
      Set<List<String>> units) {
    Set<String> arms = new HashSet<>();
    for (EntityMention m : v.mentions) {
      EntityMention parent = parentOf(v, m);
      if (parent != null) {
        arms.add(m.entity().get().name());
        units.add(List.of(parent.entity().get().name(), m.entity().get().name()));
      }
    }
    if (!arms.isEmpty()) {
      found.dropSince(dealsBefore, implicitBefore, roundsBefore,
          d -> !d.investee().isEmpty() && arms.contains(d.investee().get(0).name()), r -> false);
    }
  }

  /** Returns true when a deal joins a parent and its own arm, in either direction. */
  static boolean pairs(Set<List<String>> units, Entity investor, Entity investee) {
    return units.contains(List.of(investor.name(), investee.name()))
        || units.contains(List.of(investee.name(), investor.name()));
  }

  /** Returns the parent of "Parent's venture arm M" or "Parent's venture arm, M,", or null. */
  private static EntityMention parentOf(View v, EntityMention m) {
    if (!m.named() || m.entity().isEmpty()) {
      return null;
    }
    int k = v.is(m.first() - 1, ",") ? m.first() - 2 : m.first() - 1;
    if (!ARM.contains(v.low(k))) {
      return null;
    }
    for (int h = k - 1; h >= Math.max(0, k - 1 - DESCRIBING); h--) {
      EntityMention owner = v.mention(h);
      if (owner != null) {
        return owner.possessive() && owner.named() && owner.entity().isPresent() && owner != m ? owner : null;
      }
      if (v.tok(h).capitalised() || !v.tok(h).type().equals(dev.dealgraph.extract.text.Token.Type.WORD)) {
        return null;
      }
    }
    return null;
  }
}
