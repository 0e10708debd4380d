package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognises a verb of receiving money followed by its sum ("raises $40 million", "has landed €12m"), the predicate
 * whose subject can only be a company: "Brisk raised $12 million" makes a name of a word that opens a sentence.
 */
final class FundingVerbs {

  private final Set<String> forms;

  FundingVerbs(Lexicons lex) {
    Set<String> out = new HashSet<>();
    // Lexicon verb lines give base, third person, past, participle and -ing; a subject stands before the
    // finite forms and before "has" with the participle.
    lex.triggers().phrases("verb-receive").forEach(line -> {
      String[] f = line.split(" ");
      for (int k = 1; k < Math.min(f.length, 4); k++) {
        out.add(f[k]);
      }
    });
    this.forms = Set.copyOf(out);
  }

  /** Returns true when a funding verb and then a sum start at token {@code at}: "raised $12 million". */
  boolean startsAt(Sentence s, int at) {
    int k = at;
    if (k < s.size() && s.token(k).is("has", "have")) {
      k++;
    }
    if (k + 1 >= s.size() || !forms.contains(s.token(k).lower())) {
      return false;
    }
    Token next = s.token(k + 1);
    return next.type() == Token.Type.SYMBOL || next.type() == Token.Type.NUMBER
        || next.is("us", "a", "an") && k + 2 < s.size() && s.token(k + 2).type() == Token.Type.SYMBOL;
  }
}
