package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the rivalry phrases that an adverb interrupts: "measures itself squarely against", "is going up directly
 * against", "takes aim openly at". The lexicon lists each phrase once, without the adverbs a writer may put inside
 * it.
 */
final class AdverbGaps {

  private static final String COMPETITION = "competition:";
  private static final java.util.Set<String> FOCUS = java.util.Set.of("also", "now", "still", "already", "even");

  private AdverbGaps() {
  }

  /**
   * Returns {@code found} with the competition phrases matched once the adverbs inside them are read past; each
   * added match spans the original tokens, adverbs included.
   */
  static List<PhraseIndex.Match<String>> withGaps(Vocabulary words, List<Token> tokens,
      List<PhraseIndex.Match<String>> found) {
    List<Token> kept = new ArrayList<>();
    List<Integer> original = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (k == 0 || k + 1 == tokens.size() || !adverb(words, tokens.get(k))) {
        kept.add(tokens.get(k));
        original.add(k);
      }
    }
    if (kept.size() == tokens.size()) {
      return found;
    }
    List<PhraseIndex.Match<String>> out = new ArrayList<>(found);
    for (PhraseIndex.Match<String> m : words.cues.find(kept)) {
      int first = original.get(m.first());
      int last = original.get(m.end() - 1);
      // Only a phrase that an adverb splits is new; the others were found on the tokens as they stand.
      if (m.value().startsWith(COMPETITION) && last - first + 1 > m.end() - m.first()) {
        out.add(new PhraseIndex.Match<>(first, last + 1, m.value()));
      }
    }
    out.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
        : Integer.compare(b.end(), a.end()));
    return out;
  }

  /**
   * Returns true for a lower-case adverb of manner ("squarely", "equally") or of time and focus ("also", "now"); the
   * grammar's other adverbs ("itself", "on", "not") belong to phrases or change their sense.
   */
  private static boolean adverb(Vocabulary words, Token t) {
    String w = t.lower();
    return t.type() == Token.Type.WORD && !t.capitalised()
        && (w.length() > 4 && w.endsWith("ly") && !words.determiners.contains(w) || FOCUS.contains(w));
  }
}
