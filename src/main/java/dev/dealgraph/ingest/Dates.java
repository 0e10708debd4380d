package dev.dealgraph.ingest;

import java.time.DateTimeException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as written: ISO-8601, RFC 822, month names in English, German and French, the dotted
 * day-first numbers of German and French papers ("06.11.2023") and the year-month-day characters of Japanese and
 * Chinese ones ("2024年9月4日").
 *
 * <p>A timestamp with an offset gives the date written in that offset, which is the date in the given offset;
 * nothing is converted to another zone. Numeric day/month orders that could be read two ways ("03/04/2025") are
 * not guessed, and a date without a year gives no date: a publication date is never invented.
 */
final class Dates {
  /** Month names and their usual abbreviations in English, German and French, as a regex fragment. */
  static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
      + "|Januar|Jänner|Februar|März|Mai|Juni|Juli|Okt(?:ober)?|Dez(?:ember)?"
      + "|janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|juin|juil(?:let)?|ao[ûu]t|septembre|octobre|novembre"
      + "|d[ée]cembre)";
  /** The ending of a day's number: English ordinals, the German ordinal stop ("6. Mai"), French "1er". */
  private static final String DAY_END = "(?:st|nd|rd|th|er|\\.)?";
  /** A date written with a month name, in either order, as a regex fragment without groups. */
  static final String WRITTEN = "(?:" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
      + "|\\d{1,2}" + DAY_END + "\\s+" + MONTH + "\\.?,?\\s+\\d{4})";
  /** A date in numbers that is never ambiguous: year first, or day first between dots, as a regex fragment. */
  static final String NUMERIC = "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}年\\d{1,2}月\\d{1,2}日)";

  /** Year first, then month and day: ISO-8601 and its dotted and slashed cousins, never ambiguous. */
  private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})(?![\\d-])");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?i)\\b(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?i)\\b(\\d{1,2})" + DAY_END + "\\s+(" + MONTH + ")\\.?,?\\s+(\\d{2}|\\d{4})\\b");
  /** German and French papers write the day first between dots ("06.11.2023"); no one writes the month first so. */
  private static final Pattern DOTTED_DAY_FIRST =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");
  private static final Pattern KANJI = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  /** Month-name prefixes, accents removed, in the three languages read; none is a prefix of another month's. */
  private static final List<String> MONTH_PREFIXES = List.of("jan", "feb|fev", "mar", "apr|avr", "may|mai",
      "jun|juin", "jul|juil", "aug|aou", "sep", "oct|okt", "nov", "dec|dez");
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
    for (Pattern p : new Pattern[] {ISO, MONTH_FIRST, DAY_FIRST, DOTTED_DAY_FIRST, KANJI}) {
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
    if (p == KANJI) {
      return of(best.group(1), best.group(2), best.group(3));
    }
    if (p == DOTTED_DAY_FIRST) {
      return of(best.group(3), best.group(2), best.group(1));
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
    String key = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    for (int m = 0; m < MONTH_PREFIXES.size(); m++) {
      for (String prefix : MONTH_PREFIXES.get(m).split("\\|")) {
        if (key.startsWith(prefix)) {
          return m + 1;
        }
      }
    }
    throw new NumberFormatException("not a month name: " + name);
  }
}
