package dev.dealgraph.bench;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Holds one generated article before it is written in a file format: headline, lead, body blocks and the
 * metadata a publisher would show, plus the page furniture around it.
 *
 * @param title       the headline
 * @param summary     a one-sentence standfirst
 * @param body        paragraphs and subheadings in order; the first paragraph may open with a dateline
 * @param published   when it was published; empty for the undated pieces real archives also hold
 * @param publication the publisher's name
 * @param domain      the publisher's web domain (always under {@code .example})
 * @param author      the byline
 * @param url         the article's unique address
 * @param related     headlines of related stories, for furniture
 * @param comments    reader comments, for furniture
 */
record Story(String title, String summary, List<Block> body, Optional<OffsetDateTime> published,
    String publication, String domain, String author, String url, List<String> related, List<String> comments) {

  Story {
    body = List.copyOf(body);
    related = List.copyOf(related);
    comments = List.copyOf(comments);
  }

  /** Holds one block of the body: a paragraph or a subheading. */
  record Block(boolean heading, String text) {}

  /** Returns the paragraphs only, in order. */
  List<String> paragraphs() {
    return body.stream().filter(b -> !b.heading()).map(Block::text).toList();
  }
}
