package dev.dealgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cuts text into word, number, symbol and punctuation tokens in one pass, keeping character offsets. */
final class Tokenizer {

  private Tokenizer() {}

  /** Returns the tokens of {@code text}. */
  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean space = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
        i++;
        continue;
      }
      int end;
      Token.Type type;
      if (Character.isDigit(c)) {
        end = number(text, i);
        type = Token.Type.NUMBER;
      } else if (Character.isLetter(c)) {
        end = word(text, i);
        type = Token.Type.WORD;
      } else if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
        end = i + 2;
        type = Token.Type.WORD;
      } else if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '₩') {
        end = i + 1;
        type = Token.Type.SYMBOL;
      } else {
        end = punctuation(text, i);
        type = Token.Type.PUNCT;
      }
      String surface = text.substring(i, end);
      out.add(new Token(surface, lower(surface), i, end, type, space));
      space = false;
      i = end;
    }
    return out;
  }

  /** Returns the lower-cased form with straight quotes that lexicons are compared with. */
  static String lower(String surface) {
    return surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
        .replace('\u201C', '"').replace('\u201D', '"').replace('\u2013', '-').replace('\u2014', '-');
  }

  private static int number(String text, int i) {
    int j = i;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (Character.isDigit(c)) {
        j++;
      } else if ((c == '.' || c == ',') && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static int word(String text, int i) {
    int n = text.length();
    int j = i;
    boolean dotted = false;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else if ((c == '.' || c == '&') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
        dotted |= c == '.';
        j++;
      } else if (isApostrophe(c) && j + 1 < n && Character.isLetter(text.charAt(j + 1))
          && !possessiveAt(text, j)) {
        j++;
      } else {
        break;
      }
    }
    // "U.S." and "a.m.": single letters joined by periods keep their final period.
    if (dotted && j < n && text.charAt(j) == '.' && initialsOnly(text, i, j)) {
      j++;
    }
    return j;
  }

  private static boolean possessiveAt(String text, int j) {
    char s = text.charAt(j + 1);
    return (s == 's' || s == 'S') && (j + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 2)));
  }

  private static boolean initialsOnly(String text, int from, int to) {
    for (String part : text.substring(from, to).split("\\.")) {
      if (part.length() != 1) {
        return false;
      }
    }
    return true;
  }

  private static int punctuation(String text, int i) {
    char c = text.charAt(i);
    int j = i + 1;
    if (c == '.' || c == '-') {
      while (j < text.length() && text.charAt(j) == c) {
        j++;
      }
    }
    return j;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
