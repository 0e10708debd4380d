package dev.dealgraph.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a news story: "SEATTLE, Sept. 25, 2023 —", "LONDON (Reuters) -",
 * "SAN FRANCISCO, Calif., Sept. 25, 2023 /PRNewswire/ --", "TORONTO and SAN FRANCISCO, Aug. 14, 2025 /PRNewswire/ -"
 * "Sept. 25, 2023 --" without a place, "(Reuters) -" with only its agency, or just "Seattle —".
 *
 * <p>The dateline stays in the text; only its date and, after an upper-case place, its agency are read.
 *
 * @param date   the date the dateline states, when it states one with a year
 * @param source the news agency or wire named in parentheses or slashes, when the place is in capitals
 */
record Dateline(Optional<LocalDate> date, Optional<String> source) {
  private static final String WORD = "\\p{Lu}[\\p{L}.'\\-]*";
  private static final String PARTICLE = "(?:de|da|del|do|di|la|le|of|am|upon|on|sur)";
  private static final String PLACE = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + WORD + "){0,3}";
  /** Stories filed from several cities join them: "TORONTO and SAN FRANCISCO", "SAN FRANCISCO/NEW YORK". */
  private static final String JOINER = "(?:\\s+(?:and|&)\\s+|\\s*/\\s*)";
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:(?<place>" + PLACE + "(?:" + JOINER + PLACE + "){0,2})"
          + "(?:,\\s*" + WORD + "(?:\\s+" + WORD + ")?)?)?"
          + "(?:,?\\s*(?<date>(?:\\p{Lu}\\p{Ll}+day,?\\s+)?" + Dates.WRITTEN + "))?"
          + "(?:\\s*\\((?<agency>[^()]{2,40})\\))?"
          + "(?:\\s*/(?<wire>[^/]{2,40})/)?"
          + "\\s*(?:—|–|--|-)\\s");

  /** Reads the dateline at the start of a paragraph, if the paragraph opens with one. */
  static Optional<Dateline> of(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.find() || m.group("place") == null && m.group("date") == null && m.group("agency") == null) {
      return Optional.empty();
    }
    String place = Optional.ofNullable(m.group("place")).orElse("");
    Optional<LocalDate> date = Optional.ofNullable(m.group("date")).flatMap(Dates::find);
    // "Amazon (AMZN) —" is a company and its ticker; "LONDON (Reuters) -" is a place and its agency.
    String placeWords = place.replaceAll(JOINER, " ");
    boolean capitals = placeWords.equals(placeWords.toUpperCase(Locale.ROOT)) && place.length() > 1;
    Optional<String> agency = Optional.ofNullable(m.group("agency")).or(() -> Optional.ofNullable(m.group("wire")))
        .map(String::strip)
        .filter(a -> capitals || date.isPresent() || m.group("place") == null);
    return Optional.of(new Dateline(date, agency));
  }
}
