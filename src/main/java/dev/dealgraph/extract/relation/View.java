package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Evidence;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows one sentence with everything known about it: tokens, entity mentions, amounts and lexicon cues, indexed
 * by token so that the finders can walk it.
 */
final class View {
  final Sentence sentence;
  final Vocabulary words;
  final List<EntityMention> mentions;
  final List<Money> money;
  final List<PhraseIndex.Match<String>> cues;
  private final EntityMention[] mentionAt;
  private final Money[] moneyAt;
  /** Tokens inside a relative clause set off by commas (", which has … ,"), whose cues belong to that clause. */
  final boolean[] relative;
  /** Tokens of a dropped conversion with its marks: ", or about $680m," and "($680m)". */
  final boolean[] glossed;

  View(Sentence sentence, Vocabulary words, List<EntityMention> mentions, List<Money> money) {
    this.sentence = sentence;
    this.words = words;
    this.mentions = List.copyOf(mentions);
    this.money = withoutGlosses(sentence, money);
    this.cues = dropContained(AdverbGaps.withGaps(words, sentence.tokens(), words.cues.find(sentence.tokens())));
    this.mentionAt = new EntityMention[sentence.size()];
    this.moneyAt = new Money[sentence.size()];
    // A name inside a longer mention ("The Globex-backed lab Initech") keeps its own tokens: longest first.
    List<EntityMention> bySpan = new ArrayList<>(mentions);
    bySpan.sort((a, b) -> Integer.compare(b.end() - b.first(), a.end() - a.first()));
    for (EntityMention m : bySpan) {
      for (int k = m.first(); k < m.end(); k++) {
        mentionAt[k] = m;
      }
    }
    for (Money m : this.money) {
      for (int k = m.first(); k < m.end(); k++) {
        moneyAt[k] = m;
      }
    }
    this.relative = relativeClauses();
    this.glossed = new boolean[sentence.size()];
    for (Money m : money) {
      if (!this.money.contains(m)) {
        int end = m.end() < sentence.size() && sentence.token(m.end()).is(")", ",") ? m.end() + 1 : m.end();
        for (int k = glossOpening(sentence, m); k < end; k++) {
          glossed[k] = true;
        }
      }
    }
  }

  /** Returns where a conversion's mark opens: the "(" or "," before its gloss words ("or about"). */
  private static int glossOpening(Sentence sentence, Money m) {
    int open = m.first() - 1;
    while (open > 0 && open >= m.first() - 3 && GLOSS_WORDS.contains(sentence.token(open).lower())) {
      open--;
    }
    return open;
  }

  /**
   * Drops a conversion right after a sum ("250 billion won ($180 million)", "£40m, or about $50m,"): the
   * first-stated currency is the amount, and its conversion is not a second figure.
   */
  private static List<Money> withoutGlosses(Sentence sentence, List<Money> money) {
    List<Money> out = new ArrayList<>(money.size());
    Money previous = null;
    for (Money m : money) {
      int open = glossOpening(sentence, m);
      boolean restated = false;
      for (int k = open + 1; k < m.first(); k++) {
        restated |= sentence.token(k).is("or", "equivalent");
      }
      // "(about $680m)" and ", or about $680m," restate the sum before; a bare ", $680m" may be the next of a list.
      boolean gloss = previous != null && open >= 0 && previous.end() == open
          && (sentence.token(open).is("(") || sentence.token(open).is(",") && restated);
      if (!gloss) {
        out.add(m);
      }
      previous = m;
    }
    return List.copyOf(out);
  }

  private static final java.util.Set<String> GLOSS_WORDS = java.util.Set.of("about", "around", "roughly", "some",
      "approximately", "approx", "nearly", "almost", "or", "us", "c.", "~", "equivalent", "to");

  /**
   * Keeps only the longest of nested cues of one kind: "held talks" (in talks) hides "held" (completed), but an
   * investor noun inside "investors include" stays.
   */
  private static List<PhraseIndex.Match<String>> dropContained(List<PhraseIndex.Match<String>> all) {
    List<PhraseIndex.Match<String>> out = new ArrayList<>();
    for (PhraseIndex.Match<String> m : all) {
      boolean inside = false;
      for (PhraseIndex.Match<String> o : all) {
        if (o != m && o.first() <= m.first() && o.end() >= m.end() && o.end() - o.first() > m.end() - m.first()
            && (o.value().equals(m.value()) || o.value().startsWith("status:") && m.value().startsWith("status:"))) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(m);
      }
    }
    return out;
  }

  private boolean[] relativeClauses() {
    boolean[] out = new boolean[size()];
    for (int i = 0; i + 1 < size(); i++) {
      int r = is(i, ",") ? appositiveRelative(i + 1) : -1;
      if (is(i, ",") && words.relatives.contains(low(i + 1)) && !is(i + 1, "that") || r > 0) {
        int k = r > 0 ? r : i + 1;
        int from = k;
        while (k < size() && (!is(k, ",", ";", ":", "-", "(", ")") || listGoesOn(from, k))) {
          out[k++] = true;
        }
        i = k - 1;
      }
    }
    return out;
  }

  /**
   * ", which included A, B and C", ", which backed A, B and C": a comma between two names continues the list of
   * a relative clause that introduced one or that closes it with "and"; ", which backs A, and B" ends the clause.
   */
  private boolean listGoesOn(int from, int comma) {
    if (!is(comma, ",") || mention(comma - 1) == null
        || mentionAt(comma + 1) == null && !(is(comma + 1, "and") && mentionAt(comma + 2) != null)) {
      return false;
    }
    for (int k = from; k < comma; k++) {
      if (include(k)) {
        return true;
      }
    }
    // ", which has also backed A, B and C, led …": names joined by commas up to "and" and a last name.
    int k = comma + 1;
    while (k < size() && mentionAt(k) != null) {
      k = mentionAt(k).end();
      if (is(k, "and") && mentionAt(k + 1) != null) {
        return true;
      }
      k = is(k, ",") ? k + 1 : size();
    }
    return false;
  }

  /**
   * Returns where the relative clause of an apposition starting at {@code k} begins (", an insurer that already
   * uses its software,"), or -1: that clause describes the name, so its cues are not the sentence's.
   */
  private int appositiveRelative(int k) {
    if (!words.determiners.contains(low(k))) {
      return -1;
    }
    for (int j = k + 1; j < Math.min(size(), k + 6); j++) {
      if (is(j, "that", "which", "who")) {
        return j;
      }
      if (tok(j).type() == Token.Type.PUNCT) {
        return -1;
      }
    }
    return -1;
  }

  private static final Token EDGE = new Token("", "", 0, 0, Token.Type.PUNCT, false);

  int size() {
    return sentence.size();
  }

  /** Returns the token at {@code i}; past either end, an empty punctuation mark, so a scan that overruns stops. */
  Token tok(int i) {
    return i >= 0 && i < size() ? sentence.token(i) : EDGE;
  }

  String low(int i) {
    return i >= 0 && i < size() ? sentence.token(i).lower() : "";
  }

  boolean is(int i, String... lower) {
    return i >= 0 && i < size() && sentence.token(i).is(lower);
  }

  /** Returns true for a form of "include" at {@code i}, which opens a list. */
  boolean include(int i) {
    return i >= 0 && i < size() && words.includes.contains(low(i));
  }

  /** Returns true for a form of "be" or "become" at {@code i}. */
  boolean copula(int i) {
    return i >= 0 && i < size() && words.copulas.contains(low(i));
  }

  /** Returns the mention covering token {@code i}, or null. */
  EntityMention mention(int i) {
    return i >= 0 && i < size() ? mentionAt[i] : null;
  }

  /** Returns the mention starting exactly at {@code i}, or null. */
  EntityMention mentionAt(int i) {
    EntityMention m = mention(i);
    return m != null && m.first() == i ? m : null;
  }

  /** Returns the amount covering token {@code i}, or null. */
  Money money(int i) {
    return i >= 0 && i < size() ? moneyAt[i] : null;
  }

  /** Returns true when a cue of {@code category} spans all of {@code cue}: "convertible note" over "note". */
  boolean coveredBy(PhraseIndex.Match<String> cue, String category) {
    for (PhraseIndex.Match<String> m : cues) {
      if (m.value().equals(category) && m.first() <= cue.first() && m.end() >= cue.end()) {
        return true;
      }
    }
    return false;
  }

  /** Returns the cue of a category starting at {@code i}, the longest if several, or null. */
  PhraseIndex.Match<String> cueAt(String category, int i) {
    PhraseIndex.Match<String> best = null;
    for (PhraseIndex.Match<String> m : cues) {
      if (m.first() == i && m.value().equals(category) && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  /** Returns the evidence for a fact stated in this sentence. */
  /**
   * Returns true when a noun of another party's holdings stands just before {@code k}: "whose portfolio includes",
   * "its customers include", so the list after {@code k} names no participants.
   */
  boolean ownedList(int k) {
    for (int h = Math.max(0, k - 3); h < k; h++) {
      if (cueAt("trigger:list-owner", h) != null && mention(h) == null) {
        // "Vela Partners, with participation from X": a name's last word is no noun of holdings.
        return true;
      }
    }
    return false;
  }

  Evidence evidence(double confidence) {
    return new Evidence(sentence.text(), sentence.start(), sentence.end(), Math.max(0.05, Math.min(1, confidence)));
  }
}
