package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the arguments of a trigger: its subject by walking left (through relative pronouns, appositions,
 * participial clauses and coordination) and noun phrases or lists by walking right.
 *
 * <p>Every walk is bounded, so the work per trigger does not grow with the sentence.
 */
final class Slots {

  /** How far a walk may go from its trigger, in tokens. */
  static final int REACH = 40;
  /** How many members a coordinated list may have: enough for a round's full roll of participants. */
  static final int MAX_LIST = 30;

  private Slots() {}

  /** Returns the subject of the clause holding token {@code i}, with coordinated subjects; empty if none. */
  static List<EntityMention> subject(View v, int i) {
    int and = ClauseParts.coordinatedPredicate(v, i);
    if (and > 0) {
      // "X will invest $N in Y and take a stake in the company": the second predicate shares the first's subject.
      for (int h = and - 1; h >= Math.max(0, and - REACH) && !boundary(v, h); h--) {
        if (v.is(h, "which", "who") && v.is(h - 1, ",") && v.mention(h - 2) != null) {
          // "Google, which supplies it with chips and also holds a stake": the relative clause's antecedent.
          return List.of(v.mention(h - 2));
        }
        if (v.mention(h) == null && ClauseParts.predicateWord(v, h) && !v.words.auxiliaries.contains(v.low(h))) {
          List<EntityMention> shared = subject(v, h);
          if (!shared.isEmpty()) {
            return shared;
          }
        }
      }
    }
    int limit = Math.max(0, i - REACH);
    int j = i - 1;
    List<EntityMention> dashed = ListReread.dashedBefore(v, i);
    if (!dashed.isEmpty()) {
      return dashed;
    }
    while (j >= limit) {
      int aside = v.is(j, ")") && (j + 1 == i || onlyVerbChain(v, j + 1, i)) ? parenthesisOpening(v, j, limit) : -1;
      if (aside > 0) {
        // "Imbue (formerly Generally Intelligent) raised": an aside in parentheses before the verb names no subject.
        j = aside - 1;
        continue;
      }
      EntityMention m = v.mention(j);
      if (m != null) {
        if (m.form() == EntityMention.Form.CANDIDATE && !adjacentToVerb(v, m.end(), i)
            || objectOfPreposition(v, m) || m.possessive() && !clauseInitial(v, m.first())) {
          j = m.first() - 1;
          continue;
        }
        return coordinatedLeft(v, m, limit);
      }
      EntityMention beforeAside = DashAside.subject(v, j, i, limit);
      if (beforeAside != null) {
        return coordinatedLeft(v, beforeAside, limit);
      }
      if (v.is(j, ",") && (j + 1 == i || onlyVerbChain(v, j + 1, i))) {
        EntityMention antecedent = relativeAntecedent(v, j, limit);
        if (antecedent != null) {
          // "Hooli, which also backs Initech, invested": the relative clause's object is not the subject.
          return coordinatedLeft(v, antecedent, limit);
        }
      }
      if (v.is(j, ",") && (j + 1 == i || onlyVerbChain(v, j + 1, i))) {
        // "Acme, a startup that makes robots, has raised": the comma closes a parenthetical after the subject.
        EntityMention appositive = v.mention(j - 1);
        if (appositive != null && appositive.named() && v.is(appositive.first() - 1, ",")) {
          return List.of(appositive);
        }
        int open = openingMark(v, j, limit);
        if (v.is(open, ",") && v.mention(open - 1) != null && !objectOfPreposition(v, v.mention(open - 1))) {
          return coordinatedLeft(v, v.mention(open - 1), limit);
        }
      }
      if (v.is(j, ",")) {
        if (j + 1 <= i && v.words.participle(v.low(j + 1)) && !v.words.prepositions.contains(v.low(j + 1))) {
          return mainSubject(v, j);
        }
        if (v.is(j + 1, "a", "an", "one", "two", "three", "both", "seen", "known", "widely", "which", "who", "the",
            "itself", "also") && v.mention(j - 1) != null) {
          EntityMention described = v.mention(j - 1);
          if (objectOfPreposition(v, described) && described.form() == EntityMention.Form.PERSON) {
            // "Acme, founded by Ana Ruiz, a physicist, raised": the apposition describes the founder, who stands
            // in the phrase about the company; the subject is farther left.
            j = described.first() - 1;
            continue;
          }
          return List.of(described);
        }
      } else if (v.words.relatives.contains(v.low(j)) && !(v.is(j, "that") && determinerThat(v, j))) {
        // Reached only when no subject stands between the pronoun and the trigger: "Microsoft, which has poured".
        int k = v.is(j - 1, ",") ? j - 2 : j - 1;
        EntityMention antecedent = v.mention(k);
        if (antecedent != null && v.is(j - 1, ",") && v.is(antecedent.first() - 1, "by", "of")) {
          // "Vela, the venture firm founded by Ana Ruiz, which is expected to contribute", "Vela, the venture arm of
          // Hooli, which invested": the clause after an
          // apposition's agent is about the name the apposition describes.
          EntityMention described = describedByApposition(v, antecedent.first() - 1, limit);
          antecedent = described != null ? described : antecedent;
        }
        if (antecedent == null && v.is(j - 1, ",")) {
          // "Sequoia, one of the company's earliest backers, which put in …": the name before the apposition, not
          // the owner inside it.
          int open = openingMark(v, j - 1, limit);
          EntityMention named = v.is(open, ",") ? v.mention(open - 1) : null;
          // "Quanta AI, Hooli's closest rival, which raised …": an apposition opened by a possessor describes the
          // name before it too.
          boolean possessor = v.mention(open + 1) != null && v.mention(open + 1).possessive();
          antecedent = named != null && named.named()
              && (v.is(open + 1, "one", "a", "an", "the", "its", "their") || possessor) ? named : null;
        }
        antecedent = antecedent != null ? antecedent : ClauseParts.ownerOfNoun(v, k);
        if (antecedent == null && !v.is(j - 1, ",") && !v.words.prepositions.contains(v.low(j - 1))) {
          antecedent = ClauseParts.apposedName(v, k);
        }
        if (antecedent != null && v.mention(k) == antecedent && v.is(j - 1, ",") && !objectOfPreposition(v, antecedent)) {
          // "Andreessen Horowitz and Lightspeed, which led its earlier rounds, …": the clause is about both.
          return coordinatedLeft(v, antecedent, limit);
        }
        return antecedent == null ? List.of() : List.of(antecedent);
      } else if (boundary(v, j)) {
        return participialOpener(v, j, i) ? mainSubject(v, i) : List.of();
      }
      j--;
    }
    return j < 0 && v.words.participle(v.low(i)) ? mainSubject(v, i) : List.of();
  }

  /** Returns where the parenthesis closed at {@code close} opens, when it opens after a name; else -1. */
  private static int parenthesisOpening(View v, int close, int limit) {
    for (int k = close - 1; k > Math.max(limit, close - 12); k--) {
      if (v.is(k, ")", ".", ";")) {
        return -1;
      }
      if (v.is(k, "(")) {
        return v.mention(k - 1) != null ? k : -1;
      }
    }
    return -1;
  }

  /** Returns the name before ", which/who …," when the comma at {@code close} ends that relative clause, or null. */
  private static EntityMention relativeAntecedent(View v, int close, int limit) {
    int open = openingMark(v, close, limit);
    if (!v.is(open, ",") || !v.is(open + 1, "which", "who", "whose")) {
      return null;
    }
    EntityMention m = v.mention(open - 1);
    return m != null && !objectOfPreposition(v, m) ? m : null;
  }

  /**
   * Returns the organization named before an apposition (", the venture firm founded by") that holds token
   * {@code by}, or null when no comma and determiner open one a few words before it.
   */
  private static EntityMention describedByApposition(View v, int by, int limit) {
    for (int h = by - 1; h > Math.max(limit, by - 8); h--) {
      // "the venture firm" may itself be read as a description; its determiner still opens the apposition.
      boolean description = v.mention(h) != null && v.mention(h).form() == EntityMention.Form.DESCRIPTION;
      if (v.is(h, ",") || v.mention(h) != null && !description) {
        return null;
      }
      if (v.is(h, "the", "a", "an") && v.is(h - 1, ",")) {
        EntityMention named = v.mention(h - 2);
        return named != null && named.named() && named.form() != EntityMention.Form.PERSON ? named : null;
      }
    }
    return null;
  }

  /** Returns the comma, semicolon, colon or parenthesis that opens the span closed at {@code close}. */
  private static int openingMark(View v, int close, int limit) {
    int open = close - 1;
    // A comma between list members, or inside a relative clause's list (", which backed A, B and C,"), opens no span.
    while (open > Math.max(limit, close - 30)
        && (!v.is(open, ",", ";", ":", "(") || listComma(v, open) || v.relative[open])) {
      open--;
    }
    return open;
  }

  /**
   * Returns true for a comma between two members of a list ("whose backers include Nvidia, NEA and Khosla"), which
   * opens no clause.
   */
  private static boolean listComma(View v, int k) {
    EntityMention next = v.mentionAt(k + 1);
    return v.is(k, ",") && v.mention(k - 1) != null && next != null && v.is(next.end(), ",", "and", "or");
  }

  /** Returns true when only auxiliaries, adverbs and stage cues ("is in talks to") stand in {@code [from, to)}. */
  static boolean onlyVerbChain(View v, int from, int to) {
    if (from >= to) {
      return false;
    }
    boolean[] cue = new boolean[to - from];
    for (var m : v.cues) {
      if (m.value().startsWith("status:")) {
        for (int k = Math.max(m.first(), from); k < Math.min(m.end(), to); k++) {
          cue[k - from] = true;
        }
      }
    }
    for (int k = from; k < to; k++) {
      String w = v.low(k);
      // "committed to", "pledged to": a verb before the infinitive it governs stays in the chain.
      boolean catenative = v.is(k + 1, "to") && (v.words.verbs.containsKey(w) || w.endsWith("ed"));
      if (!cue[k - from] && !v.words.auxiliaries.contains(w) && !v.words.adverbs.contains(w) && !w.endsWith("ly")
          && !w.equals("to") && !catenative) {
        return false;
      }
    }
    return true;
  }

  /** "led that one too": "that" after a verb, before a noun, is a determiner, not a relative pronoun. */
  private static boolean determinerThat(View v, int j) {
    return j > 0 && v.mention(j - 1) == null && (v.low(j - 1).endsWith("ed") || v.words.verbs.containsKey(v.low(j - 1)));
  }

  /** Returns true when a clause starts at token {@code k}: sentence start, or after a comma or clause opener. */
  private static boolean clauseInitial(View v, int k) {
    int p = k - 1;
    return p < 0 || v.is(p, ",", "and", "but", "that", "-", ";", ":") || v.words.subordinators.contains(v.low(p))
        || v.words.relatives.contains(v.low(p)) || v.words.adverbs.contains(v.low(p));
  }

  /** A candidate name counts as a subject only when nothing but auxiliaries and adverbs separate it from the verb. */
  private static boolean adjacentToVerb(View v, int from, int verb) {
    for (int k = from; k < verb; k++) {
      if (!v.words.auxiliaries.contains(v.low(k)) && !v.words.adverbs.contains(v.low(k)) && !v.low(k).endsWith("ly")
          && !v.is(k, "to")) {
        return false;
      }
    }
    return true;
  }

  /** Returns true for "in Anthropic" or "with SoftBank", but not for "with SoftBank reportedly considering". */
  static boolean objectOfPreposition(View v, EntityMention m) {
    return objectOfPreposition(v, m, m.end());
  }

  /** As above for a member of a list ending at {@code listEnd}: "with X and Y participating" is a clause too. */
  private static boolean objectOfPreposition(View v, EntityMention m, int listEnd) {
    int p = m.first() - 1;
    while (p >= 0 && v.is(p, "both", "either", "the")) {
      p--;
    }
    if (p < 0) {
      return false;
    }
    if (v.is(p, "and", "or") && p > 0 && v.mention(p - 1) != null) {
      return objectOfPreposition(v, v.mention(p - 1), listEnd);
    }
    if (!v.words.prepositions.contains(v.low(p))) {
      return false;
    }
    if (v.is(p, "with")) {
      int k = listEnd;
      while (k < v.size() && (v.low(k).endsWith("ly") || v.words.adverbs.contains(v.low(k)))) {
        k++;
      }
      return !v.words.participle(v.low(k));
    }
    // "as it competes", "after Amazon invested": a subordinator, not a preposition, when a verb follows.
    String next = v.low(m.end());
    boolean clause = v.words.subordinators.contains(v.low(p)) && m.end() < v.size() && !m.possessive()
        && !v.words.determiners.contains(next)
        && v.tok(m.end()).type() == dev.dealgraph.extract.text.Token.Type.WORD
        && !v.words.prepositions.contains(next) && !next.equals("and") && !next.equals("or");
    return !clause;
  }

  private static List<EntityMention> coordinatedLeft(View v, EntityMention last, int limit) {
    List<EntityMention> out = new ArrayList<>();
    out.add(last);
    if (last.form() == EntityMention.Form.PRONOUN) {
      // "X competes with A and B, and it is also up against C": a pronoun opens a new clause, it ends no list.
      return out;
    }
    int k = ClauseParts.possessorBefore(v, last.first() - 1, limit);
    while (k > limit && out.size() < MAX_LIST) {
      boolean separator = out.size() == 1 ? v.is(k, "and", "or", "&") : v.is(k, ",", "and", "or", "&");
      if (separator && v.is(k - 1, ",") && out.size() == 1) {
        k--;
        EntityMention before = v.mention(k - 1);
        if (before != null && objectOfPreposition(v, before)) {
          // "invested $8 billion in Acme, and Globex has also put …": ", and" joins two clauses, not two subjects.
          break;
        }
      }
      if (separator && v.mention(k - 1) == null && k - 1 > limit && v.relative[k - 1]) {
        // "ElevenLabs, which also builds voice models, and Deepgram": the clause belongs to the member before.
        int open = k - 1;
        while (open > limit && v.relative[open]) {
          open--;
        }
        if (v.is(open, ",") && v.mention(open - 1) != null) {
          k = open;
        } else if (v.mention(open) != null) {
          k = open + 1;
        }
      }
      if (separator && v.is(k, ",") && v.mention(k - 1) == null) {
        // "Hooli, owner of the Lidl chain, Globex and Kasumi": an apposition describes the member before it.
        k = ClauseParts.appositionStart(v, k, limit);
      }
      if (separator && v.mention(k - 1) != null && !v.mention(k - 1).possessive()) {
        EntityMention prev = v.mention(k - 1);
        out.add(0, prev);
        k = ClauseParts.possessorBefore(v, prev.first() - 1, limit);
        if (v.is(k, "both", "either")) {
          k--;
        }
      } else {
        break;
      }
    }
    return ListReread.longer(v, out, limit);
  }

  /** Returns a mention with the members coordinated before it: "Microsoft and Nvidia" for "Nvidia". */
  static List<EntityMention> coordinated(View v, EntityMention last) {
    return coordinatedLeft(v, last, Math.max(0, last.first() - REACH));
  }

  /** Returns the subject of the main clause: the first mention not inside a prepositional phrase. */
  static List<EntityMention> mainSubject(View v, int before) {
    for (EntityMention m : v.mentions) {
      if (m.form() != EntityMention.Form.CANDIDATE && !m.possessive() && !objectOfPreposition(v, m)
          && !v.relative[m.first()] && m.first() != before) {
        return coordinatedLeft(v, m, 0);
      }
    }
    return List.of();
  }

  /** Returns true for clause boundaries a subject is never found across. */
  static boolean boundary(View v, int j) {
    return v.is(j, ";", ":", "(", ")", "-", "--", "\"", ".", "?", "!") && !(v.is(j, "-") && !v.tok(j).spaceBefore())
        || v.words.subordinators.contains(v.low(j)) && !v.is(j, "as", "so", "since", "after", "before")
        || v.is(j, "as", "since", "after", "before") && (v.mention(j + 1) != null || v.words.participle(v.low(j + 1)));
  }

  /** "while backing", "after investing", "by investing": a clause whose subject is the main clause's. */
  private static boolean participialOpener(View v, int j, int trigger) {
    int k = j + 1;
    while (k < trigger && (v.words.adverbs.contains(v.low(k)) || v.low(k).endsWith("ly"))) {
      k++;
    }
    return k <= trigger && v.words.participle(v.low(k));
  }

}
