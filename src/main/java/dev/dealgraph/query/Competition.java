package dev.dealgraph.query;

import java.util.List;

/**
 * States that two organizations compete, with every article that said so, oldest first.
 *
 * @param organization one of the two; the organization asked about, when there was one
 * @param competitor   the other
 * @param sourceCount  how many claims there are
 * @param sources      the claims
 */
public record Competition(OrgRef organization, OrgRef competitor, int sourceCount, List<Source> sources) {
  public Competition {
    sources = List.copyOf(sources);
  }

  /**
   * Holds one article's claim that the two compete.
   *
   * @param article    the article
   * @param evidence   the sentence that says so
   * @param confidence how sure the extractor was, in (0, 1]
   */
  public record Source(ArticleRef article, Sentence evidence, double confidence) {}
}
