package dev.dealgraph.ingest;

import dev.dealgraph.DealGraphException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page furniture from a body given as paragraphs: lines to drop anywhere, the trailing block that starts
 * at a cue such as "Related Articles", and a trailing run of teasers of other stories that end in an ellipsis.
 *
 * <p>The cues come from {@code dealgraph/lexicon/furniture.txt}, a file users extend.
 */
final class Furniture {
  static final String RESOURCE = "/dealgraph/lexicon/furniture.txt";
  /** A teaser is a short line cut off with an ellipsis; two or more at the end of a body are another page's. */
  private static final int TEASER_MAX_CHARS = 200;
  /** A sign-up prompt is one or two short sentences; a longer paragraph naming a newsletter is part of the story. */
  private static final int PROMPT_MAX_CHARS = 160;
  private static final List<String> SECTIONS = List.of("[end-heading]", "[end-prefix]", "[drop-line]",
      "[tail-contains]");
  private static final int TEASER_MIN_RUN = 2;
  /** A teaser shorter than this says too little to recognise the full lead it was cut from. */
  private static final int LEAD_MIN_CHARS = 20;
  /** Punctuation that may follow a cue ("Related:", "Read more »") without making it another line. */
  private static final String TRAILING_MARKS = " :.!>»…|-";
  private static final Pattern ELLIPSIS = Pattern.compile("(?:…|\\.{3})$");

  private final Set<String> endHeadings;
  private final List<String> endPrefixes;
  private final Set<String> dropLines;
  private final List<String> tailWords;

  private Furniture(Set<String> endHeadings, List<String> endPrefixes, Set<String> dropLines, List<String> tailWords) {
    this.endHeadings = Set.copyOf(endHeadings);
    this.endPrefixes = List.copyOf(endPrefixes);
    this.dropLines = Set.copyOf(dropLines);
    this.tailWords = List.copyOf(tailWords);
  }

  /** Loads the lexicon shipped in the jar. */
  static Furniture load() {
    try (InputStream in = Furniture.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw DealGraphException.invalidContent(RESOURCE + ": the furniture lexicon is missing from the classpath");
      }
      return parse(RESOURCE, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses lexicon lines; {@code name} names the file in error messages. */
  static Furniture parse(String name, List<String> lines) {
    Set<String> headings = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    Set<String> drops = new HashSet<>();
    List<String> tail = new ArrayList<>();
    String section = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = Text.clean(lines.get(i));
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        section = line;
        if (!SECTIONS.contains(section)) {
          throw DealGraphException.invalidContent(name + ":" + (i + 1) + ": unknown section " + line
              + " (expected one of " + String.join(", ", SECTIONS) + ")");
        }
        continue;
      }
      if (section == null) {
        throw DealGraphException.invalidContent(name + ":" + (i + 1) + ": cue outside a section: " + line);
      }
      switch (section) {
        case "[end-heading]" -> headings.add(key(line));
        case "[end-prefix]" -> prefixes.add(line.toLowerCase(Locale.ROOT));
        case "[drop-line]" -> drops.add(key(line));
        default -> tail.add(line.toLowerCase(Locale.ROOT));
      }
    }
    return new Furniture(headings, prefixes, drops, tail);
  }

  /** Returns the body without furniture; the result may be empty when the body was nothing but furniture. */
  List<String> strip(List<String> body) {
    List<String> kept = new ArrayList<>();
    for (String paragraph : body) {
      if (isEnd(paragraph)) {
        break;
      }
      if (!dropLines.contains(key(paragraph))) {
        kept.add(paragraph);
      }
    }
    return dropPrompts(dropTeasers(kept));
  }

  /** Drops short sign-up and newsletter prompts from the end, keeping at least one paragraph. */
  private List<String> dropPrompts(List<String> body) {
    int end = body.size();
    while (end > 1 && isPrompt(body.get(end - 1))) {
      end--;
    }
    return body.subList(0, end);
  }

  private boolean isPrompt(String paragraph) {
    String lower = paragraph.toLowerCase(Locale.ROOT);
    return paragraph.length() <= PROMPT_MAX_CHARS && tailWords.stream().anyMatch(lower::contains);
  }

  private boolean isEnd(String paragraph) {
    if (endHeadings.contains(key(paragraph))) {
      return true;
    }
    String lower = paragraph.toLowerCase(Locale.ROOT);
    for (String prefix : endPrefixes) {
      if (lower.startsWith(prefix)
          && (lower.length() == prefix.length() || !Character.isLetterOrDigit(lower.charAt(prefix.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Drops a trailing run of teasers and, right before it, the full lead that the first teaser was cut from. */
  private static List<String> dropTeasers(List<String> body) {
    int start = body.size();
    while (start > 0 && isTeaser(body.get(start - 1))) {
      start--;
    }
    // A run is trailing only when a story precedes it; a body of nothing but such lines is left as it is.
    if (body.size() - start < TEASER_MIN_RUN || start == 0) {
      return body;
    }
    if (start > 0 && isLeadOf(body.get(start - 1), body.subList(start, body.size()))) {
      start--;
    }
    return body.subList(0, start);
  }

  private static boolean isTeaser(String paragraph) {
    return paragraph.length() <= TEASER_MAX_CHARS && ELLIPSIS.matcher(paragraph).find();
  }

  private static boolean isLeadOf(String paragraph, List<String> teasers) {
    for (String teaser : teasers) {
      String cut = ELLIPSIS.matcher(teaser).replaceFirst("").strip();
      if (cut.length() >= LEAD_MIN_CHARS && paragraph.startsWith(cut) && paragraph.length() > cut.length()) {
        return true;
      }
    }
    return false;
  }

  private static String key(String line) {
    int end = line.length();
    while (end > 0 && TRAILING_MARKS.indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(0, end).toLowerCase(Locale.ROOT);
  }
}
