package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.List;

/**
 * Reads past the asides of a rivalry statement: a relative clause about one rival, an aside inside a list of
 * rivals, a verb that casts its subject as a rival ("presents itself as") or faces another's challenger.
 */
final class RivalAsides {

  /** How many words an aside inside a list of rivals may take: "and, through its deal with a start-up, C". */
  private static final int ASIDE = 12;

  private RivalAsides() {}

  /**
   * Returns {@code found} with the members named before an aside that interrupts their list: in "A, B and, through
   * its deal with a start-up, C all vie to …" the subject found is C, and A and B belong to it.
   */
  static List<EntityMention> interrupted(View v, List<EntityMention> found) {
    int close = found.isEmpty() ? -1 : found.get(0).first() - 1;
    if (close < 3 || !mark(v, close)) {
      return found;
    }
    // "A, B and – via its stake in Zorbit – C": the aside may name others, but opens with a word after "and".
    int open = close - 1;
    while (open > close - ASIDE && open > 1 && !mark(v, open) && !v.is(open, ".", ";", ":")) {
      open--;
    }
    if (!mark(v, open) || !v.is(open, v.low(close)) && v.is(close, ",") || !v.is(open - 1, "and", "or")
        || v.mentionAt(open + 1) != null || open + 1 == close) {
      return found;
    }
    List<EntityMention> before = RivalFields.listBefore(v, open - 1);
    List<EntityMention> out = new java.util.ArrayList<>(before);
    out.addAll(found);
    return out;
  }

  /** Returns true for a comma or a free-standing dash, which open and close an aside. */
  private static boolean mark(View v, int k) {
    return v.is(k, ",", "–", "—") || v.is(k, "-") && v.tok(k).spaceBefore();
  }

  /**
   * Returns where a verb like "faces" stands before the owner at {@code owner} of a rival noun ("faces the Initech
   * challenger Zorbit", "faces Initech's challenger Zorbit"), or -1.
   */
  static int facedAt(View v, int owner) {
    int verb = v.is(owner - 1, "the", "a", "an") ? owner - 2 : owner - 1;
    return verb >= 0 && v.cueAt("competition:face-verb", verb) != null ? verb : -1;
  }

  /**
   * Returns the members of {@code list} the rival noun before it names: the first after a singular noun, those
   * before "as well as" after a plural one ("the Initech challengers Zorbit and Brisk as well as Nimbus").
   */
  static List<EntityMention> firstGroup(View v, List<EntityMention> list) {
    if (list.size() > 1 && !v.low(list.get(0).first() - 1).endsWith("s")) {
      // "the Hooli challenger Zorbit and Initech's Chatterbox": a singular noun names one.
      return List.of(list.get(0));
    }
    for (int n = 1; n < list.size(); n++) {
      for (int k = list.get(n - 1).end(); k < list.get(n).first(); k++) {
        if (v.is(k, "well") && v.is(k - 1, "as") && v.is(k + 1, "as")) {
          return List.copyOf(list.subList(0, n));
        }
      }
    }
    return list;
  }

  /**
   * Returns the subject of a verb that casts it as the rival noun at {@code noun} ("presents itself as the rival",
   * "bills itself as a challenger"), or an empty list.
   */
  static List<EntityMention> reflexive(View v, int noun) {
    for (int k = noun - 1; k >= Math.max(1, noun - 5); k--) {
      if (v.is(k, "as") && v.is(k - 1, "itself", "themselves")) {
        return RivalClauses.subject(v, k - 1);
      }
      if (v.tok(k).type() != Token.Type.WORD || v.mention(k) != null && !v.is(k, "itself", "themselves")) {
        return List.of();
      }
    }
    return List.of();
  }

  /** Returns the comma that closes a relative clause opening at the comma {@code h}, or {@code h} without one. */
  static int pastRelative(View v, int h) {
    if (!v.is(h, ",") || h + 1 >= v.size() || !v.relative[h + 1]) {
      return h;
    }
    int k = h + 1;
    while (k < v.size() && v.relative[k]) {
      k++;
    }
    return v.is(k, ",") && !NounPhrases.clauseGoesOn(v, k) ? k : h;
  }

  /**
   * Returns {@code found} with the names an aside after it joins to it before the verb at {@code verb}: "Globex and
   * Hooli, along with Initech, all vie for …".
   */
  static List<EntityMention> joined(View v, List<EntityMention> found, int verb) {
    int last = found.isEmpty() ? -1 : found.get(found.size() - 1).end();
    var joiner = last < 0 || !v.is(last, ",") ? null : v.cueAt("competition:peer-joiner", last + 1);
    List<EntityMention> more = joiner == null ? List.of() : NounPhrases.list(v, joiner.end());
    int close = more.isEmpty() ? -1 : more.get(more.size() - 1).end();
    if (close < 0 || close >= verb || !v.is(close, ",")) {
      return found;
    }
    for (int k = close + 1; k < verb; k++) {
      if (v.mention(k) != null || v.tok(k).type() != Token.Type.WORD) {
        return found;
      }
    }
    List<EntityMention> out = new java.util.ArrayList<>(found);
    out.addAll(more);
    return out;
  }

  /**
   * Returns the names of an opening "Like A and B," right before {@code subject}: in "Like Globex and Hooli, Initech
   * competes with X" both compete with X too; none without one.
   */
  static List<EntityMention> likeOpener(View v, List<EntityMention> subject) {
    List<EntityMention> like = v.is(0, "like") && v.mentionAt(1) != null ? NounPhrases.list(v, 1) : List.of();
    int end = like.isEmpty() ? -1 : like.get(like.size() - 1).end();
    return end >= 0 && v.is(end, ",") && !subject.isEmpty() && subject.get(0).first() == end + 1 ? like : List.of();
  }

  /** Returns the names of a closing ", as is X" or ", as are X and Y" after {@code from}, who do the same. */
  static List<EntityMention> asIs(View v, int from) {
    for (int c = from; c + 3 < v.size() && !v.is(c, ";", ".", ":"); c++) {
      if (v.is(c, ",") && v.is(c + 1, "as") && v.is(c + 2, "is", "are", "does", "do", "did", "was", "were")
          && v.mentionAt(c + 3) != null) {
        return NounPhrases.list(v, c + 3);
      }
    }
    return List.of();
  }
}
