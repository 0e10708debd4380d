package dev.dealgraph.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Names the formats DealGraph reads and recognises them from the content, with the content type as a hint. */
enum Format {
  FRONT_MATTER,
  JSON,
  FEED,
  HTML,
  /** XML that is neither a feed nor XHTML: refused with its root element named. */
  OTHER_XML,
  MARKDOWN,
  TEXT;

  private static final int SNIFF_WINDOW = 4096;
  /** What may precede the root element: blanks, the XML declaration, comments, a doctype with its subset. */
  private static final Pattern PROLOG = Pattern.compile(
      "\\A(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?])?\\s*>)*",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern FEED_ROOT = Pattern.compile("\\A<(?:rss|feed|rdf:RDF)\\b");
  private static final Pattern HTML_START = Pattern.compile(
      "(?i)\\A(?:<!doctype\\s+html|<(?:html|head|body|meta|title|article|main|div|p|h[1-6]|section|span|a|img|link"
          + "|!--)\\b)");
  private static final Pattern HTML_TAGS = Pattern.compile("(?i)</(?:p|div|article|body|html)>");
  /** An object with a quoted key, or an array of objects: text that starts so is JSON, whatever its name says. */
  private static final Pattern JSON_START = Pattern.compile("\\A(?:\\{\\s*\"|\\[\\s*[{\\]])");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("\\A#{1,6}[ \\t]+\\S");

  /**
   * Recognises the format of decoded text. The content decides; the content type only tells Markdown from plain
   * text, and makes text that opens with a bracket JSON, so that broken JSON is reported as such.
   */
  static Format sniff(String text, Optional<String> contentType) {
    String type = contentType.orElse("").toLowerCase(Locale.ROOT);
    String head = text.substring(0, Math.min(text.length(), SNIFF_WINDOW)).stripLeading();
    if (FrontMatterReader.opens(text.stripLeading())) {
      return FRONT_MATTER;
    }
    if (JSON_START.matcher(head).find() || type.contains("json") && (head.startsWith("{") || head.startsWith("["))) {
      return JSON;
    }
    if (head.startsWith("<")) {
      String root = PROLOG.matcher(head).replaceFirst("");
      if (FEED_ROOT.matcher(root).find()) {
        return FEED;
      }
      if (HTML_START.matcher(root).find()) {
        return HTML;
      }
      return head.startsWith("<?xml") ? OTHER_XML : HTML;
    }
    if (HTML_TAGS.matcher(head).find()) {
      return HTML;
    }
    if (type.contains("markdown") || MARKDOWN_HEADING.matcher(head).find()) {
      return MARKDOWN;
    }
    return TEXT;
  }
}
