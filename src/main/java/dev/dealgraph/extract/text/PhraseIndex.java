package dev.dealgraph.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds lexicon phrases in token sequences with one Aho-Corasick automaton, whatever the number of phrases.
 *
 * <p>Phrases and text are compared in their lower-cased token form joined by single spaces, so "head-to-head"
 * in a lexicon matches "head-to-head" and "head - to - head" alike, and a match always covers whole tokens.
 *
 * @param <T> what a phrase stands for (a category, a currency code, a scale)
 */
public final class PhraseIndex<T> {

  /** Marks a phrase found over tokens {@code first} (inclusive) to {@code end} (exclusive). */
  public record Match<T>(int first, int end, T value) {}

  private final PayloadTrie<List<T>> trie;

  private PhraseIndex(PayloadTrie<List<T>> trie) {
    this.trie = trie;
  }

  /** Starts an index; add phrases, then build. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Collects phrases and their values before the automaton is built. */
  public static final class Builder<T> {
    private final Map<String, List<T>> phrases = new LinkedHashMap<>();

    /** Adds a phrase with its value; a phrase may carry several values. */
    public Builder<T> add(String phrase, T value) {
      String key = key(phrase);
      if (!key.isEmpty()) {
        phrases.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
      return this;
    }

    /** Builds the automaton. */
    public PhraseIndex<T> build() {
      PayloadTrie.PayloadTrieBuilder<List<T>> b = PayloadTrie.builder();
      phrases.forEach((k, v) -> b.addKeyword(k, List.copyOf(v)));
      return new PhraseIndex<>(b.build());
    }
  }

  /** Returns the token-joined key a phrase is stored under. */
  static String key(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (Token t : Tokenizer.tokenize(phrase)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.lower());
    }
    return sb.toString();
  }

  /** Returns every phrase occurrence among the tokens, each covering whole tokens, in text order. */
  public List<Match<T>> find(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    int[] startOf = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      startOf[i] = sb.length();
      sb.append(tokens.get(i).lower());
    }
    int[] tokenAt = new int[sb.length() + 1];
    int[] tokenEnding = new int[sb.length() + 1];
    Arrays.fill(tokenAt, -1);
    Arrays.fill(tokenEnding, -1);
    for (int i = 0; i < tokens.size(); i++) {
      tokenAt[startOf[i]] = i;
      tokenEnding[startOf[i] + tokens.get(i).lower().length()] = i;
    }
    List<Match<T>> out = new ArrayList<>();
    trie.parseText(sb, emit -> {
      int first = tokenAt[emit.getStart()];
      int last = tokenEnding[emit.getEnd() + 1];
      if (first >= 0 && last >= first) {
        for (T value : emit.getPayload()) {
          out.add(new Match<>(first, last + 1, value));
        }
      }
      return true;
    });
    out.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
        : Integer.compare(b.end(), a.end()));
    return out;
  }
}
