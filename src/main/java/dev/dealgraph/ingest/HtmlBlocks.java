package dev.dealgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML element into paragraphs: each block element and each {@code <br>} ends a paragraph, inline
 * elements flow into it. A table row is one paragraph whose cells are set apart by {@code " | "}, so that a row
 * keeps its facts together ("Acme | Series B | $40 million | Globex").
 *
 * <p>On pages, a short block that is mostly link text is a list of links to elsewhere (menus, related stories,
 * tag clouds) and is dropped; in article bodies from feeds and front matter every block is kept.
 */
final class HtmlBlocks implements NodeVisitor {
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "dd",
      "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
      "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
      "td", "th", "thead", "tr", "ul");
  /** A block whose link text is at least this share of its text is a link list, when it is short. */
  private static final double LINK_LIST_SHARE = 0.5;
  private static final int LINK_LIST_MAX_CHARS = 300;

  private final boolean dropLinkLists;
  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  /** How many table rows enclose the current node, and how many cells the innermost one has begun. */
  private int rowDepth;
  private int cells;

  private HtmlBlocks(boolean dropLinkLists) {
    this.dropLinkLists = dropLinkLists;
  }

  /** Returns the paragraphs of a page element, dropping short blocks that are mostly links. */
  static List<String> ofPage(Element root) {
    return collect(root, true);
  }

  /** Returns the paragraphs of an article body, keeping every block. */
  static List<String> ofBody(Element root) {
    return collect(root, false);
  }

  private static List<String> collect(Element root, boolean dropLinkLists) {
    HtmlBlocks blocks = new HtmlBlocks(dropLinkLists);
    NodeTraversor.traverse(blocks, root);
    blocks.flush();
    return List.copyOf(blocks.paragraphs);
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      String s = text.getWholeText();
      current.append(s);
      if (linkDepth > 0) {
        linkChars += s.strip().length();
      }
    } else if (node instanceof Element e) {
      if (e.nameIs("tr")) {
        flush();
        rowDepth++;
        cells = 0;
      } else if (rowDepth > 0 && (e.nameIs("td") || e.nameIs("th"))) {
        current.append(cells++ > 0 ? " | " : "");
      } else if (rowDepth > 0 && (e.nameIs("br") || BLOCKS.contains(e.normalName()))) {
        current.append(' ');
      } else if (e.nameIs("br") || BLOCKS.contains(e.normalName())) {
        flush();
      }
      if (e.nameIs("a")) {
        linkDepth++;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      if (e.nameIs("a")) {
        linkDepth--;
      } else if (e.nameIs("tr")) {
        rowDepth--;
        flush();
      } else if (rowDepth == 0 && BLOCKS.contains(e.normalName())) {
        flush();
      }
    }
  }

  private void flush() {
    String paragraph = Text.clean(current.toString());
    boolean linkList = dropLinkLists && paragraph.length() <= LINK_LIST_MAX_CHARS
        && linkChars >= LINK_LIST_SHARE * paragraph.length();
    if (!paragraph.isEmpty() && !linkList) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
    linkChars = 0;
  }
}
