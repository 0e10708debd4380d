package dev.dealgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads plain text: the first non-empty line is the headline, header lines (byline, "Published …", a date alone)
 * follow it, and a dateline may open the story.
 *
 * <p>A paragraph is a line, except in text hard-wrapped at a fixed width, where wrapped lines are joined. A first
 * line that the next few lines repeat is a standfirst that scraped pages put above the headline; the headline is
 * the line after it. A first line longer than a headline is taken as the start of the story, and the title is
 * derived from it (see {@link Assembler}). The same reading serves the bodies of the other formats, given as
 * paragraphs: there the draft usually has its title already, and only header lines and a dateline are read.
 */
final class PlainTextReader {
  /** Text is hard-wrapped only when its longest line is within these bounds: no one wraps at 30 or 150. */
  private static final int WRAP_MIN = 50;
  private static final int WRAP_MAX = 100;
  /** Wrapping tools fill lines to a goal somewhat below the width; a line this close to the longest is full. */
  private static final int WRAP_SLACK = 10;
  /** How far after the first line a repetition of it is looked for. */
  private static final int REPEAT_WINDOW = 3;
  /** How many paragraphs may open the body before the dateline that gives the story's date. */
  private static final int DATELINE_PARAGRAPHS = 3;
  /** A line of rule characters only ("---", "* * *", "====") separates; it says nothing. */
  private static final Pattern RULE = Pattern.compile("^[-=*_~#+. ]{3,}$");
  /** A paragraph that ends in a full stop, perhaps inside a closing quote or parenthesis: the story has begun. */
  private static final Pattern FULL_STOP = Pattern.compile("\\.[\"'”)]?$");
  /** Any final stop, question or exclamation mark: a sentence rather than a subheadline. */
  private static final Pattern FINAL_MARK = Pattern.compile("[.!?\"'”)]$");
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•]|\\d{1,3}[.)])\\s");

  private PlainTextReader() {}

  /** Reads decoded plain text into a draft. */
  static Draft read(String text) {
    return read(Draft.of("text"), text.lines().toList());
  }

  /**
   * Reads lines ({@code ""} for a blank line) into the draft: the headline when the draft has no title yet (or
   * the repetition of its title), then header lines, a dateline and the body.
   */
  static Draft read(Draft.Builder draft, List<String> rawLines) {
    readInto(draft, rawLines);
    return draft.build();
  }

  /** Reads lines into the draft as {@link #read(Draft.Builder, List)} does, leaving the draft open for more. */
  static void readInto(Draft.Builder draft, List<String> rawLines) {
    List<String> lines = rawLines.stream().map(Text::clean).map(l -> RULE.matcher(l).matches() ? "" : l).toList();
    int i = next(lines, 0);
    if (draft.title().isPresent()) {
      // The headline and standfirst the page repeats above the story are already in the draft.
      while (i >= 0 && draft.repeats(lines.get(i))) {
        i = next(lines, i + 1);
      }
    } else {
      if (i >= 0 && repeatsSoon(lines, i)) {
        i = next(lines, i + 1);
      }
      if (i >= 0 && lines.get(i).length() <= Assembler.HEADLINE_MAX_CHARS) {
        draft.title(Optional.of(lines.get(i)));
        i = next(lines, i + 1);
      }
    }
    HeaderLines header = new HeaderLines(draft);
    while (i >= 0 && header.accept(lines.get(i))) {
      i = next(lines, i + 1);
    }
    List<String> body = i < 0 ? List.of() : paragraphs(lines.subList(i, lines.size()));
    datelineOf(body).ifPresent(d -> draft.published(d.date()).source(d.source()));
    header.finish();
    draft.body(body);
  }

  /**
   * Returns the dateline opening the story: in its first paragraph; in the second when the first is a subheadline
   * (short and without a final stop), as press releases print them under the headline; or a dated one in the first
   * few paragraphs below short lines that end in no full stop (a translator's note, a standfirst asking a question).
   * A paragraph that ends in a full stop has begun the story, so no dateline follows it.
   */
  private static Optional<Dateline> datelineOf(List<String> body) {
    for (int p = 0; p < Math.min(DATELINE_PARAGRAPHS, body.size()); p++) {
      Optional<Dateline> dateline = Dateline.of(body.get(p));
      if (dateline.isPresent() && (p == 0 || dateline.get().date().isPresent() || p == 1 && subheadline(body.get(0)))) {
        return dateline;
      }
      String line = body.get(p);
      if (line.length() > Assembler.HEADLINE_MAX_CHARS || FULL_STOP.matcher(line).find()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean subheadline(String lead) {
    return lead.length() <= Assembler.HEADLINE_MAX_CHARS && !FINAL_MARK.matcher(lead).find();
  }

  private static int next(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean repeatsSoon(List<String> lines, int first) {
    int seen = 0;
    for (int i = next(lines, first + 1); i >= 0 && seen < REPEAT_WINDOW; i = next(lines, i + 1), seen++) {
      if (lines.get(i).equals(lines.get(first))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Splits lines into paragraphs: each line is one, except in text hard-wrapped at a fixed width, where a line
   * is continued by the next line of its block when the next line's first word would not have fitted on it.
   */
  static List<String> paragraphs(List<String> lines) {
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    boolean wrapped = width >= WRAP_MIN && width <= WRAP_MAX;
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String previous = "";
    for (String line : lines) {
      boolean continues = wrapped && !previous.isEmpty() && !line.isEmpty() && !LIST_ITEM.matcher(line).find()
          && previous.length() + 1 + firstWord(line).length() > width - WRAP_SLACK;
      if (!continues && current.length() > 0) {
        paragraphs.add(current.toString());
        current.setLength(0);
      }
      if (!line.isEmpty()) {
        current.append(current.length() > 0 ? " " : "").append(line);
      }
      previous = line;
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return paragraphs;
  }

  private static String firstWord(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }
}
