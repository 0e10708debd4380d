package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Reads the words around an investing verb that are not its company: a purpose ("put in $50 million to develop
 * chips"), a part of the financing in context ("into the equity portion") and a noun of intent owned by the
 * investor ("its commitment to invest up to $30 billion in Y").
 */
final class Purpose {

  /** Nouns of intent whose owner is the one who invests: "Hooli's plan to invest", "its pledge to put". */
  private static final Set<String> INTENT = Set.of("commitment", "commitments", "plan", "plans", "pledge", "promise",
      "decision", "agreement", "offer", "bid", "move", "intention", "option", "proposal", "willingness");

  /** Nouns for a part of a financing: "put $2 billion into the equity portion" funds the round in context. */
  private static final Set<String> FINANCING_PART = Set.of("portion", "tranche", "raise", "financing", "fundraise",
      "fundraising", "offering");
  /** How far after its preposition the noun of a financing part may stand: "into the equity portion". */
  private static final int PART_REACH = 4;

  private Purpose() {}

  /** Returns true when a part of a financing is named from {@code k} on, before any name: "the equity portion". */
  static boolean financingPart(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + PART_REACH); h++) {
      if (v.mention(h) != null || Slots.boundary(v, h) || v.is(h, ",")) {
        return false;
      }
      if (FINANCING_PART.contains(v.low(h))) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when an infinitive of purpose opens at {@code k}: "to develop chips", "to fund its growth". */
  static boolean infinitive(View v, int k) {
    return v.is(k, "to") && v.mention(k + 1) == null && v.tok(k + 1).type() == Token.Type.WORD
        && !v.tok(k + 1).capitalised() && !v.words.determiners.contains(v.low(k + 1))
        && !v.words.prepositions.contains(v.low(k + 1));
  }

  /**
   * Returns true when the noun of intent before the verb at {@code verb} names a commitment already in place: "its
   * commitment to invest" is made, where "its plan to invest" is only announced.
   */
  static boolean standing(View v, int verb) {
    return v.is(verb - 1, "to") && commitment(v, verb - 2);
  }

  /** Returns true for a noun of commitment at {@code k}, which its owner has made: "SoftBank's commitment". */
  static boolean commitment(View v, int k) {
    return v.is(k, "commitment", "commitments");
  }

  /** Returns the owner of a noun of intent before "to" and the verb at {@code verb}, or an empty list. */
  static List<EntityMention> intentOwner(View v, int verb) {
    if (!v.is(verb - 1, "to") || !INTENT.contains(v.low(verb - 2))) {
      return List.of();
    }
    int h = verb - 3;
    // "its earlier commitment to invest": one describing word may stand between the owner and the noun.
    EntityMention owner = v.mention(h) != null ? v.mention(h) : v.mention(h - 1);
    return owner != null && owner.possessive() && owner.end() >= h ? List.of(owner) : List.of();
  }
}
