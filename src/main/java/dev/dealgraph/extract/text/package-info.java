/**
 * Cuts article text into sentences and tokens that keep their character offsets into the article, and matches
 * lexicon phrases over tokens.
 */
package dev.dealgraph.extract.text;
