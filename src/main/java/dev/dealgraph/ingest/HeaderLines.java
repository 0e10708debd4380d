package dev.dealgraph.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines between a headline and the story: the byline, "Published …" and "Updated …" lines, a date
 * on its own, a reading time. They are read into the draft and left out of the text.
 */
final class HeaderLines {
  private static final Pattern BYLINE =
      Pattern.compile("^(?i:(?:posted|written|reported)\\s+)?(?i:by)\\s+(\\p{Lu}.{1,100})$");
  /** A name, a place and a date between separators, "Ana Ruiz · Madrid · 2 May 2025": short parts only. */
  private static final int SIGNATURE_MAX_CHARS = 100;
  private static final int SIGNATURE_PART_MAX_WORDS = 5;
  private static final Pattern STAMP = Pattern.compile("^(?i)(published|posted|first published|original(?:ly)? published"
      + "|updated|last updated|modified|date)(?:\\s+on)?\\s*[:\\-]?\\s+(.+)$");
  /**
   * A short note in brackets or parentheses above the story, "[Translated from Korean. Original published …]":
   * its sentences are read like header lines.
   */
  private static final Pattern NOTE = Pattern.compile("^[\\[(]([^\\[\\]()]{6,200})[\\])]$");
  /** Where a stamp starts inside a note: at its start or after a sentence's stop ("Sept." in a date is no stop). */
  private static final Pattern NOTE_STAMP = Pattern.compile(
      "(?i)(?:^|[.;|]\\s+)((?:original(?:ly)?\\s+|first\\s+|last\\s+)?(?:published|posted|updated|modified)\\b)");
  /** A note's last sentence that is a date alone, "(Translated from the Danish. 4 May 2025)", dates the story. */
  private static final Pattern NOTE_DATE = Pattern.compile(
      "(?i)(?:^|[.;|]\\s+)(" + Dates.WRITTEN + "|" + Dates.NUMERIC + ")\\.?$");
  private static final Pattern READING_TIME = Pattern.compile("^(?i)\\d{1,3}\\s*min(?:ute)?s?\\s+read$");
  private static final Pattern BYLINE_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*");
  /** A place that opens a line before its date, "London, 4 May 2025" or "Berlin/Munich, 06.11.2023". */
  private static final String PLACE = "\\p{Lu}[\\p{L}'\\-]*(?:[ /]\\p{Lu}[\\p{L}'\\-]*){0,3},\\s+";
  /**
   * A date alone on its line, with at most a place, a weekday and a time: a line that says more is about an event.
   */
  private static final Pattern DATE_ALONE = Pattern.compile("^(?:" + PLACE + ")?(?i)(?:\\p{L}+day,?\\s+)?(?:"
      + Dates.WRITTEN + "|" + Dates.NUMERIC + ")"
      + "(?:,?\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?$");

  /**
   * A year-first timestamp opening its line, with a clock time, an optional zone and a short tail such as
   * "Source: …" or a place: "2025-02-08 09:46  Source: Wire" or "2025/04/01 07:55 JST  Tokyo". The clock time is
   * what tells it from a body sentence that merely starts with a date.
   */
  private static final Pattern TIMESTAMP_LINE = Pattern.compile(
      "^(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})[ T]\\d{1,2}:\\d{2}(?::\\d{2})?"
          + "(?:\\s*(?:[A-Z]{2,5}|Z|[+-]\\d{2}:?\\d{2}))?(?:\\s+.{0,80})?$");

  private final Draft.Builder draft;
  private Optional<LocalDate> updated = Optional.empty();

  HeaderLines(Draft.Builder draft) {
    this.draft = draft;
  }

  /** Reads the line into the draft and returns true when it is a header line, else returns false. */
  boolean accept(String line) {
    if (stamp(line)) {
      return true;
    }
    Matcher note = NOTE.matcher(line);
    if (note.matches()) {
      // A note is a header line when one of its sentences dates the story; any other note stays in the text.
      String inner = note.group(1).strip();
      boolean dated = false;
      for (Matcher m = NOTE_STAMP.matcher(inner); m.find(); ) {
        dated |= stamp(inner.substring(m.start(1)));
      }
      Matcher date = NOTE_DATE.matcher(inner);
      if (!dated && date.find()) {
        draft.published(Dates.find(date.group(1)));
        dated = true;
      }
      if (dated) {
        return true;
      }
    }
    Matcher by = BYLINE.matcher(line);
    if (by.matches()) {
      String[] parts = BYLINE_SEPARATOR.split(by.group(1));
      draft.meta("author", parts[0]);
      for (int i = 1; i < parts.length; i++) {
        draft.published(Dates.find(parts[i]));
      }
      return true;
    }
    if (READING_TIME.matcher(line).matches()) {
      return true;
    }
    String[] parts = BYLINE_SEPARATOR.split(line);
    if (parts.length > 1 && line.length() <= SIGNATURE_MAX_CHARS && isSignature(parts)) {
      for (String part : parts) {
        if (DATE_ALONE.matcher(part).matches()) {
          draft.published(Dates.find(part));
        } else {
          draft.meta("author", part);
        }
      }
      return true;
    }
    Matcher timestamp = TIMESTAMP_LINE.matcher(line);
    if (timestamp.matches()) {
      draft.published(Dates.find(timestamp.group(1)));
      return true;
    }
    if (DATE_ALONE.matcher(line).matches()) {
      draft.published(Dates.find(line));
      return true;
    }
    return false;
  }

  /** Reads a "Published …" or "Updated …" stamp with a date into the draft; false when the line is none. */
  private boolean stamp(String line) {
    Matcher stamp = STAMP.matcher(line);
    if (!stamp.matches()) {
      return false;
    }
    Optional<LocalDate> date = Dates.find(stamp.group(2));
    if (date.isEmpty()) {
      return false;
    }
    String kind = stamp.group(1).toLowerCase(Locale.ROOT);
    if (kind.contains("updated") || kind.equals("modified")) {
      updated = updated.or(() -> date);
    } else {
      draft.published(date);
    }
    return true;
  }

  /** A signature line has a date alone in one part, and no part longer than a name or a place. */
  private static boolean isSignature(String[] parts) {
    boolean dated = false;
    for (String part : parts) {
      dated |= DATE_ALONE.matcher(part).matches();
      if (part.isBlank() || part.split(" ").length > SIGNATURE_PART_MAX_WORDS) {
        return false;
      }
    }
    return dated;
  }

  /** Applies an "Updated …" date when no publication date was given. */
  void finish() {
    draft.published(updated);
  }
}
