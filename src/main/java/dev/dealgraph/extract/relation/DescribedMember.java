package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;

/**
 * Finds a list member introduced by a short description of its business: "…, trading firm Orrin Ventures, …",
 * "… and the Danish software maker Kestrel Robotics".
 */
final class DescribedMember {

  /** How many words a description before a member may take: "the Danish enterprise software maker". */
  private static final int REACH = 5;

  private DescribedMember() {}

  /**
   * Returns where the name behind a description starting at {@code k} starts, or -1: the description is lower-case
   * words (a capitalised adjective among them), no preposition, relative or verb, and the name ends its member.
   */
  static int at(View v, int k) {
    int h = v.is(k, "the", "a", "an") ? k + 1 : k;
    int before = v.is(h - 1, "the", "a", "an") ? h - 2 : h - 1;
    if (!v.is(before, ",", "and")) {
      // "…, as well as the established X": a member joined by another phrase is read by that phrase's reader.
      return -1;
    }
    int words = 0;
    for (; h < Math.min(v.size(), k + REACH + 1); h++) {
      EntityMention m = v.mentionAt(h);
      if (m != null) {
        // "… and the consultancy Brindle&Co": a name the gazetteer does not know is the member its description
        // introduces.
        boolean name = m.named() || m.form() == EntityMention.Form.CANDIDATE && m.entity().isPresent();
        return words > 0 && name && !m.possessive() && closes(v, m.end()) ? h : -1;
      }
      if (v.tok(h).type() != Token.Type.WORD || v.mention(h) != null || v.words.prepositions.contains(v.low(h))
          || v.words.relatives.contains(v.low(h)) || v.words.verbs.containsKey(v.low(h)) || v.copula(h)
          || v.words.auxiliaries.contains(v.low(h)) || v.is(h, "and", "or", "as", "than", "such", "like", "plus")
          || v.tok(h).capitalised() && !lowerNext(v, h)) {
        return -1;
      }
      words++;
    }
    return -1;
  }

  /** Returns true when a capitalised word is an adjective of the description: a lower-case word follows it. */
  private static boolean lowerNext(View v, int h) {
    return h + 1 < v.size() && v.tok(h + 1).type() == Token.Type.WORD && !v.tok(h + 1).capitalised()
        && v.mention(h + 1) == null;
  }

  /** Returns true when the member ends where another member, the list's end or the sentence's end follows. */
  private static boolean closes(View v, int end) {
    return end >= v.size() || v.is(end, ",", "and", ".", ";");
  }
}
