package dev.dealgraph.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalises text before any article text is built, so that evidence offsets point into stable characters. */
final class Text {
  private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u0085\\u2028\\u2029]");

  private Text() {}

  /** Turns every line-break convention into {@code "\n"}. */
  static String unifyLineBreaks(String s) {
    return LINE_BREAKS.matcher(s).replaceAll("\n");
  }

  /**
   * Normalises one line: NFC, straight quotes, plain spaces, no invisible characters, single spaces, trimmed.
   * Line breaks inside the value become spaces, so the result is always one line.
   */
  static String clean(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFC);
    t = INVISIBLE.matcher(t).replaceAll("");
    t = LINE_BREAKS.matcher(t).replaceAll(" ").replace('\n', ' ');
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      out.append(straighten(t.charAt(i)));
    }
    return SPACES.matcher(out).replaceAll(" ").strip();
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
