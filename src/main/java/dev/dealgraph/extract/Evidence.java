package dev.dealgraph.extract;

/**
 * Points at the sentence that states a fact.
 *
 * @param sentence   the sentence text, exactly {@code text.substring(start, end)} of the article text
 * @param start      offset of the sentence's first character in the article's stored text
 * @param end        offset just past the sentence's last character
 * @param confidence how sure the extractor is of the fact, in (0, 1]
 */
public record Evidence(String sentence, int start, int end, double confidence) {
  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("evidence offsets must satisfy 0 <= start <= end: " + start + ".." + end);
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
    }
  }
}
