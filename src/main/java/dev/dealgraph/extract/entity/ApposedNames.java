package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds names by where they stand rather than by their words: a press release's capitalised tagline after a name
 * ("Zentrix, the AI Acceleration Cloud, today announced") and the lone word that opens both the headline and the
 * body.
 */
final class ApposedNames {

  private ApposedNames() {}

  /**
   * Learns a capitalised apposition right after a name as another name of it: in "Zentrix, the AI Acceleration
   * Cloud, today announced …" the tagline is Zentrix, never a second organization, and so is a later "the AI
   * Acceleration Cloud"; a lone opening word that a tagline follows is a name.
   */
  static void taglines(Sentence s, List<NameFinder.Run> runs, List<EntityMention> gazetteer,
      Map<String, Entity> known) {
    for (NameFinder.Run tag : runs) {
      int det = tag.first() - 1;
      while (det > tag.first() - 3 && det > 0 && s.token(det).capitalised()) {
        det--;
      }
      int comma = det - 1;
      int close = tag.mentionEnd();
      if (comma < 1 || !s.token(det).is("the", "a", "an") || !s.token(comma).is(",", "—", "–")
          || close + 1 >= s.size() || !s.token(close).is(",", "—", "–") || s.token(close + 1).is("and", "or")
          || tag.form() == EntityMention.Form.PERSON) {
        continue;
      }
      Entity named = null;
      for (EntityMention m : gazetteer) {
        named = m.end() == comma && listStart(s, m.first()) ? m.entity().orElse(null) : named;
      }
      for (NameFinder.Run r : runs) {
        if (r != tag && r.mentionEnd() == comma && r.form() != EntityMention.Form.PERSON && listStart(s, r.first())) {
          named = known.computeIfAbsent(r.name(), n -> new Entity(n, EntityKind.COMPANY, Optional.empty(), false));
        }
      }
      if (named != null) {
        known.put(tag.name(), named);
      }
    }
  }

  /** Returns true when a name at {@code first} does not continue a list: no comma stands right before it. */
  private static boolean listStart(Sentence s, int first) {
    return first == 0 || !s.token(first - 1).is(",");
  }

  /**
   * Returns the lone word that opens both the headline and a sentence of the body ("Quillon in talks for a mega
   * round … Quillon is in talks to raise"): the article's subject, though nothing else marks it as a name.
   */
  static Optional<String> headlineOpener(List<Sentence> sentences, List<boolean[]> covered, Set<String> notName,
      Set<String> places) {
    if (sentences.size() < 2 || sentences.get(0).size() < 2 || covered.get(0)[0]) {
      return Optional.empty();
    }
    Token first = sentences.get(0).token(0);
    Token second = sentences.get(0).token(1);
    if (first.type() != Token.Type.WORD || !first.capitalised() || first.text().length() < 3
        || notName.contains(first.lower()) || places.contains(first.lower()) || NameFinder.nameToken(second)) {
      return Optional.empty();
    }
    for (int k = 1; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s.size() > 1 && !covered.get(k)[0] && s.token(0).text().equals(first.text())
          && !NameFinder.nameToken(s.token(1))) {
        return Optional.of(first.text());
      }
    }
    return Optional.empty();
  }
}
