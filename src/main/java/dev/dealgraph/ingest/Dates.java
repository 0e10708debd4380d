package dev.dealgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as written: ISO-8601, RFC 822 and English month names.
 *
 * <p>A timestamp with an offset gives the date written in that offset, which is the date in the given offset;
 * nothing is converted to another zone. Numeric day/month orders that could be read two ways ("03/04/2025") are
 * not guessed, and a date without a year gives no date: a publication date is never invented.
 */
final class Dates {
  /** English month names and their usual abbreviations, as a regex fragment. */
  static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  /** A date written with a month name, in either order, as a regex fragment without groups. */
  static final String WRITTEN = "(?:" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
      + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+\\d{4})";

  /** Year first, then month and day: ISO-8601 and its dotted and slashed cousins, never ambiguous. */
  private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})(?![\\d-])");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?i)\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + ")\\.?,?\\s+(\\d{2}|\\d{4})\\b");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");

  private Dates() {}

  /** Parses a value that is meant to be a date or timestamp (a meta field, a front-matter value). */
  static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    Matcher compact = COMPACT.matcher(v);
    if (compact.find()) {
      return of(compact.group(1), compact.group(2), compact.group(3));
    }
    Optional<LocalDate> found = find(v);
    if (found.isPresent()) {
      return found;
    }
    // RFC 822 allows two-digit years ("Thu, 10 Jul 25"): only a value that is a timestamp as a whole may use them.
    Matcher rfc = DAY_FIRST.matcher(v);
    if (rfc.find() && rfc.group(3).length() == 2) {
      return of("20" + rfc.group(3), rfc.group(2), rfc.group(1));
    }
    return Optional.empty();
  }

  /** Finds the first full date (with a year) written anywhere in a line of text. */
  static Optional<LocalDate> find(String text) {
    Matcher best = null;
    for (Pattern p : new Pattern[] {ISO, MONTH_FIRST, DAY_FIRST}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (p != DAY_FIRST || m.group(3).length() == 4) {
          if (best == null || m.start() < best.start()) {
            best = m;
          }
          break;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Pattern p = best.pattern();
    if (p == ISO) {
      return of(best.group(1), best.group(3), best.group(4));
    }
    return p == MONTH_FIRST
        ? of(best.group(3), best.group(1), best.group(2))
        : of(best.group(3), best.group(2), best.group(1));
  }

  private static Optional<LocalDate> of(String year, String month, String day) {
    try {
      int m = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : monthNumber(month);
      return Optional.of(LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int monthNumber(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
  }
}
