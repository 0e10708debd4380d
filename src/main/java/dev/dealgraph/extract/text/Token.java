package dev.dealgraph.extract.text;

/**
 * Holds one token of article text with its offsets.
 *
 * @param text        the characters as written
 * @param lower       the lower-cased form with straight quotes, used for lexicon look-ups
 * @param start       offset of the first character in the article text
 * @param end         offset just past the last character
 * @param type        word, number, symbol or punctuation
 * @param spaceBefore true when white space separates this token from the previous one
 */
public record Token(String text, String lower, int start, int end, Type type, boolean spaceBefore) {

  /** Names the broad class of a token. */
  public enum Type { WORD, NUMBER, SYMBOL, PUNCT }

  /** Returns true when the token starts with an upper-case letter. */
  public boolean capitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** Returns true when the token's lower-cased form equals one of the given words. */
  public boolean is(String... words) {
    for (String w : words) {
      if (lower.equals(w)) {
        return true;
      }
    }
    return false;
  }
}
