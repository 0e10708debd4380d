package dev.dealgraph.extract.text;

import dev.dealgraph.extract.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into sentences: at paragraph and line breaks, and after terminal punctuation that is not
 * part of an abbreviation ("Inc.", "U.S.", "Dr.", "Sept.") or a decimal.
 */
public final class SentenceSplitter {

  /** Sentences longer than this are cut, which bounds the work any one sentence can cause. */
  static final int MAX_TOKENS = 250;

  private final Set<String> titles;
  private final Set<String> suffixes;
  private final Set<String> months;
  private final Set<String> starters;

  /** Creates a splitter from the abbreviation lexicon (sections title, suffix, month, starter). */
  public SentenceSplitter(Lexicon abbreviations) {
    this.titles = abbreviations.phrases("title");
    this.suffixes = abbreviations.phrases("suffix");
    this.months = abbreviations.phrases("month");
    this.starters = abbreviations.phrases("starter");
  }

  /** Returns the sentences of {@code text}, each with its tokens and offsets. */
  public List<Sentence> split(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Sentence> out = new ArrayList<>();
    int first = 0;
    int paragraph = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int breaks = i + 1 < tokens.size() ? newlines(text, tokens.get(i), tokens.get(i + 1)) : 0;
      int last = i;
      boolean boundary;
      if (i + 1 == tokens.size()) {
        boundary = true;
      } else if (breaks > 0) {
        boundary = breaks > 1 || !continuesLine(tokens.get(i), tokens.get(i + 1));
      } else {
        last = closingRun(tokens, i);
        boundary = last + 1 < tokens.size() && endsSentence(tokens, i, last + 1)
            || i - first + 1 >= MAX_TOKENS;
        if (!boundary) {
          last = i;
        }
      }
      if (boundary) {
        out.add(sentence(text, tokens, first, last + 1, out.size(), paragraph));
        if (last + 1 < tokens.size() && newlines(text, tokens.get(last), tokens.get(last + 1)) > 0) {
          paragraph++;
        }
        first = last + 1;
        i = last;
      }
    }
    return out;
  }

  private static Sentence sentence(String text, List<Token> tokens, int from, int to, int index, int paragraph) {
    List<Token> own = tokens.subList(from, to);
    int start = own.get(0).start();
    int end = own.get(own.size() - 1).end();
    int words = 0;
    int capitals = 0;
    for (int k = 1; k < own.size(); k++) {
      Token t = own.get(k);
      if (t.type() == Token.Type.WORD && t.text().length() >= 4) {
        words++;
        capitals += t.capitalised() ? 1 : 0;
      }
    }
    // Headlines carry no final period; a body sentence full of names is not title case.
    boolean finalStop = own.get(own.size() - 1).is(".", "!", "?", "\"", "'", ")");
    boolean titleCase = words >= 2 && capitals * 10 >= words * 7 && !finalStop;
    return new Sentence(index, paragraph, start, end, text.substring(start, end), own, titleCase);
  }

  private static int newlines(String text, Token a, Token b) {
    int count = 0;
    for (int k = a.end(); k < b.start(); k++) {
      count += text.charAt(k) == '\n' ? 1 : 0;
    }
    return count;
  }

  /** A single line break inside a paragraph continues the sentence when the next line starts in lower case. */
  private static boolean continuesLine(Token before, Token after) {
    return before.is(",") || after.type() == Token.Type.WORD && Character.isLowerCase(after.text().charAt(0));
  }

  /** Returns the index of the last closing quote or bracket glued after token {@code i}. */
  private static int closingRun(List<Token> tokens, int i) {
    int j = i;
    while (j + 1 < tokens.size() && !tokens.get(j + 1).spaceBefore()
        && tokens.get(j + 1).is("\"", "'", ")", "]")) {
      j++;
    }
    return j;
  }

  private boolean endsSentence(List<Token> tokens, int i, int next) {
    Token t = tokens.get(i);
    Token n = tokens.get(next);
    if (!n.spaceBefore() || !opensSentence(n)) {
      return false;
    }
    if (t.is("!", "?", "...", "\u2026")) {
      return true;
    }
    boolean dottedWord = t.type() == Token.Type.WORD && t.text().endsWith(".");
    if (!t.is(".") && !dottedWord) {
      return false;
    }
    if (dottedWord) {
      return starters.contains(n.lower());
    }
    Token p = i > 0 ? tokens.get(i - 1) : null;
    if (p == null || p.end() != t.start() || p.type() != Token.Type.WORD) {
      return true;
    }
    boolean seriesLetter = i > 1 && tokens.get(i - 2).is("series", "Series");
    if (titles.contains(p.lower()) || p.text().length() == 1 && p.capitalised() && !seriesLetter) {
      // An initial ("J. Smith") continues the sentence; the letter of "a Series A." ends it.
      return false;
    }
    if (months.contains(p.lower()) && n.type() == Token.Type.NUMBER) {
      return false;
    }
    return !suffixes.contains(p.lower()) || starters.contains(n.lower());
  }

  private static boolean opensSentence(Token n) {
    return n.capitalised() || camelCase(n) || n.type() == Token.Type.NUMBER || n.type() == Token.Type.SYMBOL
        || n.is("\"", "'", "(", "[");
  }

  /** "xAI", "eBay", "iPhone": names written with a lower-case first letter still open a sentence. */
  private static boolean camelCase(Token n) {
    String w = n.text();
    return n.type() == Token.Type.WORD && w.length() >= 3 && Character.isLowerCase(w.charAt(0))
        && Character.isUpperCase(w.charAt(1));
  }
}
