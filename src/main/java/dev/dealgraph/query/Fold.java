package dev.dealgraph.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for matching: no accents, lower case, punctuation and runs of spaces become one space. */
final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Fold() {}

  static String of(String text) {
    if (text.chars().allMatch(c -> c < 0x80)) {
      return ascii(text); // most names: the same result without Unicode normalisation, which dominates start-up
    }
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  private static String ascii(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && folded.length() > 0) {
          folded.append(' ');
        }
        folded.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return folded.toString();
  }
}
