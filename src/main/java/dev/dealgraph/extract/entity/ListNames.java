package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.text.Sentence;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the names that only a list's shape reveals: a month or a common word that opens an investor's name
 * ("March Capital", "Harbor Partners"), and a lone word opening a sentence with a list of names ("Zorvex, Hooli
 * and Globex also joined").
 */
final class ListNames {

  /** Last words of an investor's or a firm's name, after which a common opening word is part of the name. */
  private static final Set<String> FIRM_WORDS = Set.of("capital", "ventures", "partners", "fund", "investments",
      "management", "equity", "advisors", "advisers", "associates", "alternatives", "labs", "holdings", "group");

  private final Set<String> months;
  private final Set<String> notName;
  /** Words of grammar that never open a name: determiners, pronouns, prepositions, adverbs, conjunctions. */
  private final Set<String> function;

  ListNames(Lexicons lex) {
    this.months = lex.names().phrases("month");
    this.notName = lex.notNames();
    Set<String> words = new HashSet<>();
    for (String section : new String[] {"determiner", "preposition", "auxiliary", "relative", "subordinator",
        "adverb", "copula"}) {
      words.addAll(lex.grammar().phrases(section));
    }
    words.addAll(Set.of("it", "he", "she", "they", "we", "i", "you", "and", "but", "or", "however", "meanwhile",
        "according", "if", "so", "yet", "why", "what", "how", "who", "which", "where", "when"));
    this.function = Set.copyOf(words);
  }

  /**
   * Returns true when the common word at {@code first} opens the name {@code [first, end)}: every word after it is
   * a firm's word, so without it no name would be left ("March Capital", "Spark Labs").
   */
  boolean keepsOpener(Sentence s, int first, int end) {
    if (end - first < 2 || !NameFinder.nameToken(s.token(first))) {
      return false;
    }
    String opener = s.token(first).lower();
    if (function.contains(opener) || FIRM_WORDS.contains(opener) || !months.contains(opener)
        && !notName.contains(opener)) {
      return false;
    }
    for (int k = first + 1; k < end; k++) {
      if (!FIRM_WORDS.contains(s.token(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns true when a lone word opening a sentence and ending at {@code end} starts a list of names: a comma or
   * "and" follows, then another capitalised word, and the word is no linking adverb ("Separately, Hooli …").
   */
  boolean opensList(Sentence s, int end) {
    if (end + 1 >= s.size() || !s.token(end).is(",", "and", "&") || !NameFinder.nameToken(s.token(end + 1))) {
      return false;
    }
    String word = s.token(0).lower();
    if (function.contains(word) || notName.contains(word) || months.contains(word) || word.endsWith("ly")) {
      return false;
    }
    // "Zorvex, Hooli and Globex": after a comma, the list runs on to another comma or to its "and".
    for (int k = end + 1; k < Math.min(s.size(), end + 8); k++) {
      if (s.token(k).is("and", "&", ",") && k + 1 < s.size() && NameFinder.nameToken(s.token(k + 1))) {
        return s.token(end).is(",") || k > end + 1;
      }
      if (!NameFinder.nameToken(s.token(k)) && !s.token(k).is(".", "-", "'s")) {
        return s.token(end).is("and");
      }
    }
    return s.token(end).is("and");
  }
}
