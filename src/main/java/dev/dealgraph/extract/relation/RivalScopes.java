package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.List;

/**
 * Reads the words between repeated rivals: scopes without a comma ("in Europe with A and in Asia with B"), names
 * after describing words ("the established Initech") and ranges ("rivals ranging from A to B").
 */
final class RivalScopes {

  /** How many words a scope between two rivals may take ("in PC and server processors"). */
  private static final int SCOPE = 7;

  private RivalScopes() {}

  /**
   * Returns the repeated preposition after a scope without a comma ("in Europe with A and in Asia with B"), or
   * {@code h} when none follows.
   */
  static int before(View v, int h, String... prepositions) {
    // "… and to a lesser degree with B".
    if (!v.is(h, "in", "on", "across", "to", "at") || prepositions.length == 0) {
      return h;
    }
    for (int c = h + 1; c < Math.min(v.size(), h + 5); c++) {
      if (v.is(c, prepositions)) {
        return c;
      }
      if (!word(v, c)) {
        return h;
      }
    }
    return h;
  }

  /**
   * Returns the "and" after a scope without a comma that ends with a repeated preposition ("against A in Europe and
   * against B"), or {@code h} when none follows.
   */
  static int after(View v, int h, String... prepositions) {
    if (!v.is(h, "in", "on", "across", "at") || prepositions.length == 0) {
      return h;
    }
    for (int c = h + 1; c < Math.min(v.size(), h + SCOPE); c++) {
      if (v.is(c, "and", "but") && v.is(c + 1, prepositions)) {
        return c;
      }
      // "against A in PC and server chips and against B": the scope may join its own words, and a capitalised word
      // of no known kind in it names a field, not a rival.
      boolean field = v.mention(c) != null && v.mention(c).form() == EntityMention.Form.CANDIDATE;
      if (!word(v, c) && !v.is(c, "and") && !field && !(v.mention(c) == null && v.low(c).endsWith("s")
          && !v.tok(c).capitalised() && v.tok(c).type() == Token.Type.WORD && !v.words.verbs.containsKey(v.low(c)))) {
        return h;
      }
    }
    return h;
  }

  /** Returns true for a word a scope like "in Asia" or "in retail banking" is made of; a verb ("works") ends it. */
  private static boolean word(View v, int c) {
    return v.mention(c) == null && !Slots.boundary(v, c) && (v.tok(c).capitalised() || !v.low(c).endsWith("ed")
        && (!v.low(c).endsWith("s") || v.low(c).endsWith("ss")));
  }

  /**
   * Returns where a name starts after an article and at most two describing words ("the established Initech"),
   * or -1 when a verb, a preposition or an owner comes first.
   */
  static int describedName(View v, int k) {
    int h = v.is(k, "the", "a", "an") ? k + 1 : k;
    for (int n = 0; n < 2 && v.mention(h) == null && h < v.size() && v.tok(h).type() == Token.Type.WORD
        && !v.tok(h).capitalised() && !v.words.prepositions.contains(v.low(h))
        && !v.words.auxiliaries.contains(v.low(h)) && !v.copula(h) && !v.is(h, "and", "or"); n++) {
      h++;
    }
    EntityMention m = v.mentionAt(h);
    return h > k && m != null && m.named() && !m.possessive() && m.form() != EntityMention.Form.PERSON ? h : -1;
  }

  /**
   * Returns the rivals of a range after a rival noun, at {@code k}: "rivals ranging from A to B", "competitors range
   * from giants such as A to start-ups like B"; none without one.
   */
  static List<EntityMention> ranging(View v, int k) {
    if (!v.is(k, "ranging", "range", "ranges", "ranged") || !v.is(k + 1, "from")) {
      return List.of();
    }
    List<EntityMention> out = new java.util.ArrayList<>(
        RivalPhrases.orExamples(v, NounPhrases.phrase(v, k + 2), k + 2));
    int to = out.isEmpty() ? k + 2 : out.get(out.size() - 1).end();
    while (to < Math.min(v.size(), k + 12) && !v.is(to, "to") && !Slots.boundary(v, to)) {
      to++;
    }
    if (v.is(to, "to")) {
      out.addAll(RivalPhrases.orExamples(v, NounPhrases.phrase(v, to + 1), to + 1));
    }
    return out;
  }
}
