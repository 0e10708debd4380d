package dev.dealgraph.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalises text before any article text is built, so that evidence offsets point into stable characters. */
final class Text {
  private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u0085\\u2028\\u2029]");

  private Text() {}

  /** Turns every line-break convention into {@code "\n"}. */
  static String unifyLineBreaks(String s) {
    return s.indexOf('\r') < 0 && s.indexOf('\u0085') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0
        ? s
        : LINE_BREAKS.matcher(s).replaceAll("\n");
  }

  /**
   * Normalises one line: NFC, straight quotes, plain spaces, no invisible characters, single spaces, trimmed.
   * Line breaks inside the value become spaces, so the result is always one line.
   */
  static String clean(String s) {
    String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else if (!isInvisible(c)) {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(straighten(c));
      }
    }
    return t.contentEquals(out) ? t : out.toString();
  }

  /** Tabs, line breaks, no-break and other fixed-width spaces: each run becomes one plain space. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u00A0'
        || c == '\u0085' || c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
        || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  /** Control characters, soft hyphens, zero-width characters and stray byte-order marks: all dropped. */
  private static boolean isInvisible(char c) {
    return c < 0x20 || c == 0x7F || c == '\u00AD' || c >= '\u200B' && c <= '\u200D' || c == '\u2060'
        || c == '\uFEFF';
  }

  private static char straighten(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
      default -> c;
    };
  }

  /** Returns whether the value is null or blank after cleaning. */
  static boolean isBlank(String s) {
    return s == null || clean(s).isEmpty();
  }
}
