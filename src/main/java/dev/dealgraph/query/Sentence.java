package dev.dealgraph.query;

/**
 * Quotes the sentence that states a fact, with its place in the article's stored text.
 *
 * @param text  the sentence
 * @param start offset of its first character, in Unicode code points
 * @param end   offset just past its last character, in code points
 */
public record Sentence(String text, long start, long end) {}
