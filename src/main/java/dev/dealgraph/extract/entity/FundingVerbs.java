package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognises a verb of receiving money followed by its sum ("raises $40 million", "has landed €12m") and the lead
 * of a round ("led the round"), predicates whose subject can only be an organization: "Brisk raised $12 million"
 * makes a name of a word that opens a sentence.
 */
final class FundingVerbs {

  private final Set<String> forms;
  private final Set<String> roundNouns;

  FundingVerbs(Lexicons lex) {
    Set<String> nouns = new HashSet<>();
    lex.triggers().phrases("round-noun").forEach(p -> nouns.add(p.substring(p.lastIndexOf(' ') + 1)));
    this.roundNouns = Set.copyOf(nouns);
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

  /**
   * Returns true when a funding verb and its sum, or a lead of a round, start at token {@code at}: "raised $12
   * million", "led the round", "co-led a $40 million Series B".
   */
  boolean subjectFrameAt(Sentence s, int at) {
    if (startsAt(s, at)) {
      return true;
    }
    int k = at < s.size() && s.token(at).is("co") && at + 2 < s.size() && s.token(at + 1).is("-") ? at + 2 : at;
    if (k >= s.size() || !s.token(k).is("led", "leads", "co-led", "co-leads") || k + 1 >= s.size()
        || !s.token(k + 1).is("the", "a", "an", "its", "this")) {
      return false;
    }
    for (int h = k + 2; h < Math.min(s.size(), k + 8); h++) {
      if (roundNouns.contains(s.token(h).lower())) {
        return true;
      }
    }
    return false;
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
