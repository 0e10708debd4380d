package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.List;

/**
 * Reads a list that ends before its verb from its first member forward, where walking back from the verb stops
 * early: members with a title before them ("…, Orbo co-founder Ana Ruiz and former Initech head Tom Bell took
 * part"), an aside in parentheses ("Hooli, the State Pension Board (SPB) and Globex also took part"), an
 * apposition that names an owner ("Hooli, the venture arm of Initech, and Globex took part"); and the list a plural
 * noun's dashes hold ("the three banks — A, B and C — took part").
 */
final class ListReread {

  /** How far before the last member a list read forward may start. */
  private static final int REACH = 40;

  private ListReread() {}

  /**
   * Returns the list that ends with the last member of {@code backward} read forward from the earliest member the
   * clause allows, when it holds more members than {@code backward} or as many from an earlier start; otherwise
   * {@code backward}.
   */
  static List<EntityMention> longer(View v, List<EntityMention> backward, int limit) {
    EntityMention last = backward.get(backward.size() - 1);
    if (last.form() == EntityMention.Form.PRONOUN || last.form() == EntityMention.Form.DESCRIPTION) {
      return backward;
    }
    int from = clauseStart(v, backward.get(0).first() - 1, Math.max(limit, last.first() - REACH));
    for (int s = from; s < backward.get(0).first(); s++) {
      EntityMention start = v.mentionAt(s);
      boolean opens = start != null || v.is(s, "the", "former") || v.tok(s).capitalised();
      if (!opens || start != null && (Slots.objectOfPreposition(v, start) || start.form() == EntityMention.Form.PRONOUN
          || start.form() == EntityMention.Form.DESCRIPTION)) {
        continue;
      }
      List<EntityMention> forward = NounPhrases.list(v, s);
      // "Hooli, the venture arm of Globex, Initech and Orrin took part": read forward, the apposition's owner is
      // no member, where walking back takes it for one; so an as long list that starts earlier wins too.
      boolean earlier = forward.size() == backward.size() && !forward.isEmpty()
          && forward.get(0).first() < backward.get(0).first();
      if ((forward.size() > backward.size() || earlier) && forward.get(forward.size() - 1).end() == last.end()) {
        return forward;
      }
    }
    return backward;
  }

  /**
   * Returns the subject a pair of dashes holds right before the verb at {@code verb}, past its auxiliaries and
   * adverbs: "The three banks — A, B and C — also took part"; empty when no such dashes close there.
   */
  static List<EntityMention> dashedBefore(View v, int verb) {
    int j = verb - 1;
    while (j > 0 && (v.words.auxiliaries.contains(v.low(j)) || v.words.adverbs.contains(v.low(j)))) {
      j--;
    }
    return dashed(v, j);
  }

  /**
   * Returns the members between a pair of dashes closed at {@code dash} after a plural noun ("the three banks — A, B
   * and C —"), or an empty list when the dash closes no such list.
   */
  private static List<EntityMention> dashed(View v, int dash) {
    if (!spacedDash(v, dash)) {
      return List.of();
    }
    int open = dash - 1;
    while (open > Math.max(0, dash - REACH) && !spacedDash(v, open) && !v.is(open, ".", ";", ":")) {
      open--;
    }
    boolean plural = open > 0 && v.tok(open - 1).type() == Token.Type.WORD && !v.tok(open - 1).capitalised()
        && v.low(open - 1).endsWith("s") && v.mention(open - 1) == null;
    if (!spacedDash(v, open) || !plural) {
      return List.of();
    }
    List<EntityMention> members = NounPhrases.list(v, open + 1);
    return !members.isEmpty() && members.get(members.size() - 1).end() <= dash
        && endsAt(v, members.get(members.size() - 1).end(), dash) ? members : List.of();
  }

  /** Returns true when only an aside in parentheses stands between the list's end and the closing dash. */
  private static boolean endsAt(View v, int end, int dash) {
    return end == dash || v.is(end, "(") && v.is(dash - 1, ")");
  }

  private static boolean spacedDash(View v, int k) {
    return v.is(k, "-", "--") && v.tok(k).spaceBefore();
  }

  /**
   * Returns the first token of the clause holding {@code k}: past names, and up to punctuation that ends a clause,
   * a verb, a preposition or a relative; never before {@code limit}.
   */
  private static int clauseStart(View v, int k, int limit) {
    int h = k;
    while (h >= limit && (v.mention(h) != null || !stops(v, h))) {
      h--;
    }
    return h + 1;
  }

  private static boolean stops(View v, int h) {
    // A title may read as a verb ("head", "chair"): "former Hooli head Ana Ruiz" stays one member.
    if (v.words.titleWords.contains(v.low(h)) || v.is(h, "former")) {
      return false;
    }
    return v.is(h, ".", ";", ":", "?", "!", "\"") || spacedDash(v, h) || v.words.verbs.containsKey(v.low(h))
        || v.words.auxiliaries.contains(v.low(h)) || v.copula(h)
        || v.words.prepositions.contains(v.low(h)) && !v.is(h, "of") || v.words.relatives.contains(v.low(h));
  }
}
