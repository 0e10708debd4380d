package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;

/**
 * Reads the small parts of a clause that argument walks step over: a second predicate joined by "and", the owner
 * of a noun phrase a relative clause is about, the possessor or modifiers before a list member, and an apposition
 * between two members.
 */
final class ClauseParts {

  private ClauseParts() {}

  /**
   * Returns the index of an "and" that opens the predicate holding token {@code i} ("and take a stake", "and will
   * invest"), or -1 when a name or any word other than a verb, an auxiliary or an adverb stands between.
   */
  static int coordinatedPredicate(View v, int i) {
    for (int p = i - 1; p >= Math.max(0, i - 5); p--) {
      if (v.is(p, "and")) {
        return p;
      }
      if (v.mention(p) != null || !predicateWord(v, p) && !v.words.adverbs.contains(v.low(p))
          && !v.low(p).endsWith("ly") && !v.is(p, "to")) {
        return -1;
      }
    }
    return -1;
  }

  /** Returns true for an auxiliary, a trigger verb or the start of a stage cue ("will", "take", "bought"). */
  static boolean predicateWord(View v, int k) {
    if (v.words.auxiliaries.contains(v.low(k)) || v.words.verbs.containsKey(v.low(k))) {
      return v.tok(k).type() == dev.dealgraph.extract.text.Token.Type.WORD;
    }
    for (var m : v.cues) {
      if (m.first() == k && m.value().startsWith("status:")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns who owns the noun phrase ending at {@code k}, for a relative clause about it: "its own MAI models,
   * which compete", "the Gemini models that compete": a possessor or a product named inside it; else null.
   */
  static EntityMention ownerOfNoun(View v, int k) {
    for (int h = k; h >= Math.max(0, k - 4); h--) {
      EntityMention m = v.mention(h);
      if (m != null && m.form() != EntityMention.Form.CANDIDATE) {
        return m.possessive() && m.form() != EntityMention.Form.PERSON || m.form() == EntityMention.Form.PRODUCT
            ? m : null;
      }
      if (v.tok(h).type() != dev.dealgraph.extract.text.Token.Type.WORD || v.words.prepositions.contains(v.low(h))
          || v.words.verbs.containsKey(v.low(h)) || v.words.auxiliaries.contains(v.low(h))) {
        return null;
      }
    }
    return null;
  }

  /**
   * Returns the token before a possessor that qualifies a list member ("and Saudi Arabia's Public Investment
   * Fund", "and Hooli's venture arm Initech"), or {@code k} itself when token {@code k} ends no possessor.
   */
  static int possessorBefore(View v, int k, int limit) {
    int d = k;
    while (d > limit && d > k - 4 && v.mention(d) == null && (v.is(d, "the", "-")
        || v.tok(d).type() == dev.dealgraph.extract.text.Token.Type.WORD && !v.tok(d).capitalised()
        && !v.words.auxiliaries.contains(v.low(d)) && !v.words.prepositions.contains(v.low(d))
        && !v.words.verbs.containsKey(v.low(d)) && !v.is(d, "and", "or", "&"))) {
      d--;
    }
    if (d < k && v.is(d, "and", "or", "&", ",") && v.is(d + 1, "the")) {
      // "Samsung and the state-run Korea Development Bank": a determiner and modifiers before a member.
      return d;
    }
    EntityMention described = d < k ? v.mention(d) : null;
    if (described != null && described.possessive() && described.end() == d + 1 && described.first() > limit) {
      // "Arm and Hooli's investment unit Hooli Growth": the owner and its noun describe the member after them.
      return described.first() - 1;
    }
    EntityMention owner = v.mention(k);
    if (owner != null && owner.possessive() && owner.end() == k + 1 && owner.first() > limit) {
      return owner.first() - 1;
    }
    if (!v.is(k, "'s") || v.mention(k - 1) != null) {
      return k;
    }
    int p = k - 1;
    while (p > limit && p > k - 4 && v.mention(p) == null && v.tok(p).type() == dev.dealgraph.extract.text.Token.Type.WORD
        && Character.isUpperCase(v.tok(p).text().charAt(0))) {
      p--;
    }
    return p < k - 1 ? p : k;
  }

  /**
   * Returns the name an apposition ending at {@code k} describes, for a relative clause after it: "Perplexity, the
   * answer engine that is trying to take on Google"; else null.
   */
  /**
   * Returns true for a capitalised word of no known kind right after "a", "an" or "the" inside a description: the
   * place of "a Riga start-up" or "a Riga-based rival".
   */
  static boolean placeWord(View v, int k) {
    EntityMention m = v.mention(k);
    return m != null && m.form() == EntityMention.Form.CANDIDATE && m.end() - m.first() == 1
        && v.is(k - 1, "a", "an", "the");
  }

  static EntityMention apposedName(View v, int k) {
    for (int h = k; h >= Math.max(1, k - 7); h--) {
      // "Zorbit, a Toronto start-up that …": the dash of a compound stays inside the apposition.
      if (v.mention(h) != null && !placeWord(v, h)
          || v.tok(h).type() != dev.dealgraph.extract.text.Token.Type.WORD && !v.is(h, "-")) {
        return null;
      }
      if (v.is(h, "the", "a", "an")) {
        EntityMention named = v.is(h - 1, ",") ? v.mention(h - 2) : null;
        return named != null && named.named() && named.form() != EntityMention.Form.PERSON ? named : null;
      }
    }
    return null;
  }

  /**
   * Returns the comma that opens an apposition closed by the comma at {@code k} ("…, owner of the Lidl chain,"; "…,
   * the Oslo lab,"), when a name stands before it; otherwise {@code k}.
   */
  static int appositionStart(View v, int k, int limit) {
    for (int open = k - 2; open > limit && open >= k - 9; open--) {
      if (v.is(open, ",")) {
        boolean described = v.is(open + 1, "a", "an", "the", "one")
            || v.tok(open + 1).type() == Token.Type.WORD && !v.tok(open + 1).capitalised() && v.is(open + 2, "of");
        return described && v.mention(open - 1) != null ? open : k;
      }
      if (v.is(open, ".", ";", "and", "or", "which", "who", "that") || v.money(open) != null) {
        return k;
      }
    }
    return k;
  }
}
