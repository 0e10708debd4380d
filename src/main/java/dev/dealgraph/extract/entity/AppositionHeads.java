package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Remembers, for one article, the head nouns of the appositions that describe its organizations ("Mitsui &
 * Co., the Tokyo trading house,"), so that a later definite description with that head ("the trading house")
 * names the organization even when the head is in no lexicon.
 */
final class AppositionHeads {

  /** How many words an apposition may hold before its head noun. */
  private static final int REACH = 8;
  /** How many modifiers may stand between "the" and a learned head ("the Tokyo trading house"). */
  private static final int MODIFIERS = 3;

  private final Predicate<String> lexiconHead;
  private final Map<String, Entity> byHead = new HashMap<>();
  private final Map<String, Entity> byQualifier = new HashMap<>();

  /** Creates an empty memory; heads that {@code lexiconHead} accepts are left to the lexicon. */
  AppositionHeads(Predicate<String> lexiconHead) {
    this.lexiconHead = lexiconHead;
  }

  /** Learns the heads and unknown qualifiers of the appositions after the organization names of a sentence. */
  void learn(Sentence s, List<EntityMention> names) {
    for (EntityMention m : names) {
      int k = m.end();
      if (m.entity().isEmpty() || m.form() == EntityMention.Form.PERSON || m.possessive()
          || k + 2 >= s.size() || !s.token(k).is(",") || !s.token(k + 1).is("a", "an", "the")) {
        continue;
      }
      int j = k + 2;
      while (j < Math.min(s.size(), k + 2 + REACH) && (s.token(j).type() == Token.Type.WORD || s.token(j).is("-"))
          && !s.token(j).is("that", "which", "who", "based", "with", "in", "of", "from", "founded", "and")) {
        j++;
      }
      for (int q = k + 2; q < j - 1; q++) {
        if (s.token(q).capitalised() && s.token(q).type() == Token.Type.WORD
            && (nameAt(names, q) == null || nameAt(names, q).form() == EntityMention.Form.CANDIDATE)) {
          // "Brevan, a Helsinki outfit,": an unknown capitalised word that later qualifies "the Helsinki outfit".
          byQualifier.put(s.token(q).lower(), m.entity().get());
        }
      }
      int head = j - 1;
      if (head > k + 1 && j < s.size() && s.token(j).is(",", ".", ";", "that", "which", "who", "based", "with", "in",
          "of", "from", "founded") && learnable(s.token(head))) {
        byHead.put(s.token(head).lower(), m.entity().get());
      }
    }
  }

  private static EntityMention nameAt(List<EntityMention> names, int k) {
    for (EntityMention m : names) {
      if (m.first() <= k && k < m.end()) {
        return m;
      }
    }
    return null;
  }

  /** Returns the organization an apposition described with an unknown capitalised word ("Helsinki"), if any. */
  Optional<Entity> qualified(String lower) {
    return Optional.ofNullable(byQualifier.get(lower));
  }

  private boolean learnable(Token t) {
    String w = t.lower();
    return t.type() == Token.Type.WORD && !t.capitalised() && w.length() >= 3 && !lexiconHead.test(w);
  }

  /**
   * Returns the description that opens at determiner {@code det} with a learned head, as a reference to the
   * organization its apposition described, or empty.
   */
  Optional<Reference> at(Sentence s, int det, EntityMention[] nameAt) {
    if (byHead.isEmpty()) {
      return Optional.empty();
    }
    for (int j = det + 1; j < Math.min(s.size(), det + 2 + MODIFIERS); j++) {
      Token t = s.token(j);
      if (t.type() != Token.Type.WORD && !t.is("-") || nameAt[j] != null && nameAt[j].form() != EntityMention.Form.CANDIDATE) {
        return Optional.empty();
      }
      Entity e = byHead.get(t.lower());
      if (e != null && !t.capitalised()) {
        int end = j + 1;
        if (end < s.size() && nameAt[end] != null && nameAt[end].first() == end) {
          // "the trading house Marubeni": a title before a name, not a reference back.
          return Optional.empty();
        }
        boolean possessive = end < s.size() && s.token(end).is("'s", "'");
        return Optional.of(new Reference(det, possessive ? end + 1 : end, false, java.util.Set.of("*"),
            Optional.empty(), Optional.empty(), Optional.of(e), Optional.empty(), possessive, Optional.empty()));
      }
    }
    return Optional.empty();
  }
}
