package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.List;

/**
 * Finds who a rivalry statement is about when its clause hides it: a relative clause or an apposition around the
 * subject, an opening phrase before it, a customer standing between a seller and its rivals.
 */
final class RivalClauses {

  private RivalClauses() {}

  /**
   * Returns the subject of the clause at {@code k}, stepping out of a relative clause that names others before it:
   * in "Zhipu, which counts A and B as shareholders, is seen as a rival to X" the subject is Zhipu.
   */
  static List<EntityMention> subject(View v, int k) {
    return RivalAsides.joined(v, pastClause(v, RivalAsides.interrupted(v, clauseSubject(v, k)), k), k);
  }

  /**
   * Returns {@code found} with the name joined to it past a relative clause, when a plural verb at {@code verb}
   * says both are meant: "A, which sells chips, and B, whose models …, are both challenging X" gives A and B.
   */
  private static List<EntityMention> pastClause(View v, List<EntityMention> found, int verb) {
    if (found.size() != 1 || !v.is(found.get(0).first() - 1, "and") || !v.is(found.get(0).first() - 2, ",")) {
      return found;
    }
    int k = found.get(0).first() - 3;
    while (k > 0 && found.get(0).first() - k < Slots.REACH && !v.is(k, ".", ";", ":")
        && !(v.is(k, ",") && v.words.relatives.contains(v.low(k + 1)))) {
      k--;
    }
    boolean plural = false;
    for (int h = found.get(0).end(); h < verb; h++) {
      plural |= v.is(h, "are", "were", "have", "both", "all");
    }
    List<EntityMention> before = k < found.get(0).first() - 3 && v.is(k, ",") && plural
        ? RivalFields.listBefore(v, k) : List.of();
    if (before.isEmpty()) {
      return found;
    }
    List<EntityMention> out = new java.util.ArrayList<>(before);
    out.addAll(found);
    return out;
  }

  private static List<EntityMention> clauseSubject(View v, int k) {
    List<EntityMention> found = Slots.subject(v, k);
    EntityMention described = found.size() == 1 ? apposedHolder(v, found.get(0), k) : null;
    if (described == null && !found.isEmpty()) {
      described = participialHolder(v, found.get(0), k);
    }
    if (described != null) {
      // "Quanta AI, a Globex customer, battles Initech": the name inside the apposition only describes the subject;
      // "Quanta AI, founded by Ana Ruiz and Tom Bell, is … , competing with Initech": so do the founders.
      return List.of(described);
    }
    if (found.isEmpty() || v.relative[k] || !v.relative[found.get(0).first()]) {
      return found;
    }
    int start = found.get(0).first();
    while (start > 0 && v.relative[start - 1]) {
      start--;
    }
    EntityMention antecedent = v.is(start - 1, ",") ? v.mention(start - 2) : null;
    return antecedent == null ? found : List.of(antecedent);
  }

  /**
   * Returns the name an apposition holding {@code m} describes when that apposition ends with a comma right before
   * {@code verb} (", a Globex customer, battles"), or null.
   */
  private static EntityMention apposedHolder(View v, EntityMention m, int verb) {
    int close = m.end();
    while (close < Math.min(v.size(), m.end() + 3) && v.tok(close).type() == Token.Type.WORD
        && v.mention(close) == null) {
      close++;
    }
    if (!v.is(close, ",") || close + 1 != verb && !(close + 2 == verb && v.words.adverbs.contains(v.low(close + 1)))) {
      return null;
    }
    int h = m.first() - 1;
    while (h > 0 && m.first() - h <= 3 && !v.is(h, "a", "an", "the") && v.tok(h).type() == Token.Type.WORD
        && v.mention(h) == null) {
      h--;
    }
    EntityMention named = v.is(h, "a", "an", "the") && v.is(h - 1, ",") ? v.mention(h - 2) : null;
    return named != null && named.named() && named.form() != EntityMention.Form.PERSON && !named.possessive()
        ? named : null;
  }

  /**
   * Returns the name a participial aside holding {@code m} is said of, when that aside closes before {@code verb}:
   * "Quanta AI, founded in 2020 by Ana Ruiz and Tom Bell, sells chips, competing with Initech" gives Quanta AI;
   * null when {@code m} stands in no such aside.
   */
  private static EntityMention participialHolder(View v, EntityMention m, int verb) {
    int close = m.end();
    while (close < verb && !v.is(close, ",") && !Slots.boundary(v, close)) {
      close++;
    }
    if (!v.is(close, ",") || close >= verb) {
      return null;
    }
    for (int c = m.first() - 1; c > 0 && m.first() - c <= Slots.REACH; c--) {
      if (v.is(c, ",")) {
        String w = v.low(c + 1);
        EntityMention holder = v.mention(c - 1);
        boolean participle = w.endsWith("ed") || v.words.participles.contains(w);
        return participle && holder != null && holder.named() && holder.form() != EntityMention.Form.PERSON
            && !holder.possessive() ? holder : null;
      }
      if (Slots.boundary(v, c)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Returns the antecedent of an object relative clause holding the verb at {@code verb}: "Initech and Hooli, which
   * Quanta AI hopes to unseat" gives Initech and Hooli; none when no such clause holds it.
   */
  static List<EntityMention> relativeObject(View v, int verb) {
    for (int k = verb - 1; k >= Math.max(1, verb - 8) && !Slots.boundary(v, k); k--) {
      if (v.is(k, "which", "whom") && v.is(k - 1, ",") && v.mentionAt(k + 1) != null) {
        return RivalFields.listBefore(v, k - 1);
      }
    }
    return List.of();
  }

  /** Returns true when a party noun and "of" stand before the rival noun at {@code noun}: "a customer of rivals". */
  static boolean partyOf(View v, int noun) {
    return v.is(noun - 1, "of") && v.words.partyNouns.contains(v.low(noun - 2));
  }

  /**
   * Returns who competes with the suppliers a customer is said to use: the first organization of the sentence other
   * than that customer ({@code party}) and the suppliers, else the article's subject, else none.
   */
  static List<EntityMention> seller(View v, List<EntityMention> party, List<EntityMention> suppliers,
      EntityMention topic) {
    for (EntityMention m : v.mentions) {
      if (m.named() && m.form() != EntityMention.Form.PERSON && !party.contains(m) && !suppliers.contains(m)
          && !v.relative[m.first()]) {
        return List.of(m);
      }
    }
    return topic == null || party.contains(topic) ? List.of() : List.of(topic);
  }

  /**
   * Returns the subject of the main clause after an opening phrase that ends with the rivals {@code named}
   * ("Compared with rivals A and B, X spends more", "Unlike its rival A, X …"), or an empty list.
   */
  static List<EntityMention> mainSubjectAfterOpener(View v, List<EntityMention> named) {
    // "Unlike rivals such as A and B, which own their chips, X …": the clause describes the rivals.
    int end = RivalAsides.pastRelative(v, named.get(named.size() - 1).end());
    boolean opener = v.is(0, "compared", "unlike", "like", "versus", "relative")
        || v.words.prepositions.contains(v.low(0));
    return opener && v.is(end, ",") && v.mentionAt(end + 1) != null ? NounPhrases.list(v, end + 1) : List.of();
  }

  /**
   * Returns the names joined with {@code m} before a relative pronoun whose verb at {@code verb} is plural ("A and B,
   * which compete"), or just {@code m}.
   */
  static List<EntityMention> pluralAntecedent(View v, EntityMention m, int verb) {
    String w = v.low(verb);
    if (!v.is(m.end(), ",") || !v.is(m.end() + 1, "which", "that") || w.endsWith("s") || w.endsWith("ing")
        || w.endsWith("ed")) {
      return List.of(m);
    }
    List<EntityMention> out = new java.util.ArrayList<>(List.of(m));
    int k = m.first() - 1;
    while (v.is(k, "and", ",") && v.mention(k - 1) != null && out.size() < Slots.MAX_LIST) {
      EntityMention before = v.mention(k - 1);
      out.add(0, before);
      k = before.first() - 1;
    }
    return out;
  }
}
