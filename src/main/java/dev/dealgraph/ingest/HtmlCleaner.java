package dev.dealgraph.ingest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture from an HTML page and finds the element that holds the story.
 *
 * <p>Furniture is recognised by what pages say about their own elements, never by site-specific selectors:
 * furniture tags ({@code nav}, {@code aside}, {@code footer}, forms, scripts), ARIA roles, and words in
 * {@code class}, {@code id} and {@code aria-label} ("related", "newsletter", "share", "cookie", "sidebar"…). An
 * element that holds most of the page's text is a layout wrapper, whatever its name says, and stays.
 */
final class HtmlCleaner {
  private static final String FURNITURE_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button,"
      + " input, select, textarea, nav, aside, footer, dialog, menu, object, embed, video, audio, figure, [hidden],"
      + " [aria-hidden=true], [aria-modal=true]";
  private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
      "dialog", "alertdialog", "menu", "menubar", "toolbar", "form", "tablist", "marquee");
  private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
      "sidebar", "rail", "related", "recommended", "recommendation", "recommendations", "recirc", "promo",
      "promotion", "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
      "banner", "advert", "advertisement", "ad", "ads", "adslot", "sponsor", "sponsored", "share", "sharing",
      "social", "comment", "comments", "disqus", "footer", "masthead", "popup", "modal", "outbrain", "taboola",
      "trending", "popular", "tags", "toolbar", "widget", "teaser", "teasers", "skip", "sr", "visually", "print");
  private static final List<String> PHRASES = List.of(" you might also like ", " you may also like ",
      " more stories ", " more from ", " read more ", " read next ", " most read ", " sign up ", " also read ",
      " up next ", " more news ");
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  /** A flagged element with more than this share of the page's text is a wrapper around the story. */
  private static final double WRAPPER_SHARE = 0.5;
  /** A paragraph shorter than this does not vote for the element that holds it. */
  private static final int VOTING_PARAGRAPH_CHARS = 25;

  private HtmlCleaner() {}

  /** Removes the furniture from {@code doc} and returns the element holding the story. */
  static Element mainContent(Document doc) {
    removeFurniture(doc.body());
    return root(doc.body());
  }

  /** Removes the furniture below {@code body}, in place. */
  static void removeFurniture(Element body) {
    body.select(FURNITURE_TAGS).remove();
    body.select("header").stream().filter(h -> h.closest("article, main, [itemprop=articleBody]") == null)
        .forEach(Element::remove);
    int total = Math.max(1, body.text().length());
    for (Element e : body.getAllElements()) {
      if (e != body && e.parent() != null && isFurniture(e) && !isWrapper(e, total)) {
        e.remove();
      }
    }
  }

  private static boolean isFurniture(Element e) {
    if (ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT)) || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
      return true;
    }
    String hints = " " + WORD_BREAK.matcher(e.className() + " " + e.id() + " " + e.attr("aria-label")).replaceAll(" ")
        .toLowerCase(Locale.ROOT) + " ";
    for (String word : hints.split(" ")) {
      if (WORDS.contains(word)) {
        return true;
      }
    }
    return PHRASES.stream().anyMatch(hints::contains);
  }

  private static boolean isWrapper(Element e, int total) {
    return !e.select("[itemprop=articleBody], article, main").isEmpty()
        || e.text().length() > WRAPPER_SHARE * total;
  }

  private static Element root(Element body) {
    Element articleBody = body.selectFirst("[itemprop=articleBody]");
    if (articleBody != null) {
      return articleBody;
    }
    return body.select("article").stream().max(Comparator.comparingInt(a -> a.text().length()))
        .or(() -> body.select("main, [role=main]").stream().findFirst())
        .orElseGet(() -> mostParagraphText(body));
  }

  /** Picks the element whose paragraphs (and half of its children's) hold the most text. */
  private static Element mostParagraphText(Element body) {
    Map<Element, Integer> votes = new HashMap<>();
    for (Element p : body.select("p")) {
      int length = p.text().length();
      if (length >= VOTING_PARAGRAPH_CHARS && p.parent() != null) {
        votes.merge(p.parent(), length, Integer::sum);
        if (p.parent().parent() != null) {
          votes.merge(p.parent().parent(), length / 2, Integer::sum);
        }
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
  }
}
