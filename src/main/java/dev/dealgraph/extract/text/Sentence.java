package dev.dealgraph.extract.text;

import java.util.List;

/**
 * Holds one sentence (or headline line) of an article with its tokens.
 *
 * @param index     position of the sentence in the article, from 0
 * @param paragraph position of the paragraph (or line block) the sentence belongs to, from 0
 * @param start     offset of the first character in the article text
 * @param end       offset just past the last character
 * @param text      exactly {@code articleText.substring(start, end)}
 * @param tokens    the tokens, in order
 * @param titleCase true when most words are capitalised, as in headlines, so capitals say little about names
 */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens,
    boolean titleCase) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** Returns the number of tokens. */
  public int size() {
    return tokens.size();
  }

  /** Returns the token at {@code i}. */
  public Token token(int i) {
    return tokens.get(i);
  }

  /** Returns true when the sentence ends with a question mark. */
  public boolean question() {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (t.type() == Token.Type.PUNCT && (t.is("\"", "'", ")"))) {
        continue;
      }
      return t.is("?");
    }
    return false;
  }
}
