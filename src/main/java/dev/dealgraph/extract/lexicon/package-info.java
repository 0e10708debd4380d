/**
 * Loads the word lists the extractor is tuned with: trigger words, status and negation cues, competition
 * cues, currency and scale words, description words, abbreviations.
 *
 * <p>The lists live under {@code src/main/resources/dealgraph/lexicon/} as plain text: {@code [section]}
 * headers, one entry a line, {@code phrase = value} where an entry carries a value, {@code #} comments.
 */
package dev.dealgraph.extract.lexicon;
