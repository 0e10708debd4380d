package dev.dealgraph.extract.money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads the value of a number token as news writes it: "1,250", "3.5", "1.000.000" and "1.234,5" in the European
 * style, "12,34,567" in the Indian, "2,5" with a decimal comma. A token that is no single quantity ("06.11.2023", "3.5.1") has no value.
 */
final class Numeral {
  private Numeral() {}

  /** Returns the value of {@code text}, digits with dots and commas between them; empty when it is no quantity. */
  static Optional<BigDecimal> value(String text) {
    int dots = count(text, '.');
    int commas = count(text, ',');
    String plain;
    if (dots > 0 && commas > 0) {
      // Both marks: the last one written separates the decimals, the other groups thousands.
      char decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
      char grouping = decimal == '.' ? ',' : '.';
      if (count(text, decimal) > 1 || !grouped(text.substring(0, text.lastIndexOf(decimal)), grouping)) {
        return Optional.empty();
      }
      plain = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
    } else if (dots > 1 || commas > 1) {
      char grouping = dots > 1 ? '.' : ',';
      if (!grouped(text, grouping)) {
        return Optional.empty();
      }
      plain = text.replace(String.valueOf(grouping), "");
    } else if (commas == 1) {
      // "1,500" groups thousands; "2,5" is a decimal comma.
      plain = grouped(text, ',') ? text.replace(",", "") : text.replace(',', '.');
    } else {
      plain = text;
    }
    return Optional.of(new BigDecimal(plain));
  }

  /**
   * Returns true when the marks group digits: one to three digits first, three in the last group, and three in
   * each group between, or two in the Indian style ("12,34,567").
   */
  private static boolean grouped(String text, char grouping) {
    String[] groups = text.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
    int last = groups.length - 1;
    if (groups[0].isEmpty() || groups[0].length() > 3 || groups[last].length() != 3) {
      return false;
    }
    boolean indian = last > 1 && grouping == ',' && groups[1].length() == 2;
    for (int k = 1; k < last; k++) {
      if (groups[k].length() != (indian ? 2 : 3)) {
        return false;
      }
    }
    return true;
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
