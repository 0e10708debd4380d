package dev.dealgraph.bench;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Escapes text for HTML and XML and writes dates the ways publishers print them. */
final class Markup {
  static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
  static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
  static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private Markup() {}

  /** Escapes the five characters that are special in HTML and XML text and attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Returns the paragraphs of a story as HTML, subheadings as {@code <h2>}. */
  static String htmlBody(Story story) {
    StringBuilder out = new StringBuilder();
    for (Story.Block block : story.body()) {
      String tag = block.heading() ? "h2" : "p";
      out.append('<').append(tag).append('>').append(escape(block.text())).append("</").append(tag).append(">\n");
    }
    return out.toString();
  }

  static String iso(OffsetDateTime time) {
    return ISO.format(time);
  }
}
