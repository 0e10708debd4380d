package dev.dealgraph.extract.money;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.lexicon.Lexicon;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds amounts of money in a sentence: "$4 billion", "US$4bn", "4 billion dollars", "€1.7bn", "Rs 5,000 crore",
 * ranges ("between $4 billion and $6 billion", "$4-6bn"), "up to", "about", "at least", and figureless amounts
 * ("billions", "multibillion-dollar").
 *
 * <p>One automaton pass finds the lexicon words; the parse then moves left to right without backtracking.
 */
public final class MoneyParser {

  private final PhraseIndex<Word> words;
  private final RoleReader roles;

  /** Creates a parser from the money lexicon and the amount-role lexicon. */
  public MoneyParser(Lexicon money, Lexicon roles) {
    PhraseIndex.Builder<Word> b = PhraseIndex.builder();
    for (String section : List.of("symbol", "code", "word", "scale", "number", "max", "approx", "min",
        "range-start", "range-join", "vague")) {
      money.section(section).forEach(e -> b.add(e.phrase(), new Word(section, e.value())));
    }
    this.words = b.build();
    this.roles = new RoleReader(roles);
  }

  /** A lexicon word found in the sentence: its section and value. */
  record Word(String section, String value) {}

  /** Returns the amounts of a sentence, in order, without overlaps. */
  public List<Money> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    Cursor c = new Cursor(tokens, words.find(tokens));
    List<Money> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Money m = parseAt(c, sentence, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.end();
      }
    }
    return out;
  }

  private Money parseAt(Cursor c, Sentence s, int i) {
    PhraseIndex.Match<Word> q = c.longest(i, "max", "approx", "min", "range-start");
    String qualifier = q == null ? "" : q.value().section();
    int pos = q == null ? i : q.end();
    Figure a = figure(c, pos);
    if (a == null) {
      PhraseIndex.Match<Word> vague = c.longest(i, "vague");
      return vague == null ? null : new Money(i, vague.end(), Optional.empty(), roles.read(s, i, vague.end()));
    }
    PhraseIndex.Match<Word> join = c.longest(a.end, "range-join");
    if (join != null && (qualifier.equals("range-start") || !c.tokens.get(a.end).is("and"))) {
      Figure b = figure(c, join.end());
      Figure lo = a.scale == null && b != null && b.scale != null ? a.scaled(b.scale) : a;
      String currency = lo.currency != null ? lo.currency : b == null ? null : b.currency;
      if (b != null && currency != null && lo.value.signum() > 0 && lo.value.compareTo(b.value) < 0) {
        int first = qualifier.equals("range-start") ? i : pos;
        Amount amount = Amount.range(lo.value, b.value, currency, text(s, first, b.end));
        return new Money(first, b.end, Optional.of(amount), roles.read(s, first, b.end));
      }
    }
    if (a.currency == null || a.value.signum() <= 0) {
      return null;
    }
    int first = qualifier.equals("range-start") ? pos : i;
    String text = text(s, first, a.end);
    Amount amount = switch (qualifier) {
      case "max" -> Amount.upTo(a.value, a.currency, text);
      case "approx" -> Amount.approx(a.value, a.currency, text);
      case "min" -> Amount.atLeast(a.value, a.currency, text);
      default -> Amount.exact(a.value, a.currency, text);
    };
    return new Money(first, a.end, Optional.of(amount), roles.read(s, first, a.end));
  }

  /** A number with its currency and scale, as far as they are written next to it. */
  private record Figure(BigDecimal value, String currency, BigDecimal scale, int end) {
    Figure scaled(BigDecimal by) {
      return new Figure(value.multiply(by), currency, by, end);
    }
  }

  private static Figure figure(Cursor c, int start) {
    List<Token> tokens = c.tokens;
    int pos = start;
    String currency = null;
    PhraseIndex.Match<Word> sym = c.longest(pos, "symbol", "code");
    if (sym != null && glued(tokens, sym)) {
      currency = sym.value().value();
      pos = sym.end();
    }
    if (pos >= tokens.size()) {
      return null;
    }
    BigDecimal value;
    boolean numberWord = false;
    if (tokens.get(pos).type() == Token.Type.NUMBER) {
      Optional<BigDecimal> number = Numeral.value(tokens.get(pos).text());
      if (number.isEmpty()) {
        return null;
      }
      value = number.get();
      pos++;
    } else {
      PhraseIndex.Match<Word> word = c.longest(pos, "number");
      if (word == null) {
        return null;
      }
      value = new BigDecimal(word.value().value());
      numberWord = true;
      pos = word.end();
    }
    BigDecimal scale = null;
    PhraseIndex.Match<Word> sc = c.longest(pos, "scale");
    if (sc != null && (sc.end() - sc.first() > 1 || tokens.get(pos).text().length() > 2
        || !tokens.get(pos).spaceBefore())) {
      scale = new BigDecimal(sc.value().value());
      value = value.multiply(scale);
      pos = sc.end();
    }
    if (numberWord && scale == null) {
      return null;
    }
    PhraseIndex.Match<Word> after = c.longest(pos, "word", "code");
    if (after != null && (currency == null || "word".equals(after.value().section()))) {
      currency = after.value().value();
      pos = after.end();
    }
    return new Figure(value, currency, scale, pos);
  }

  /** A symbol of several tokens ("US$", "C$") is written without spaces, unlike "a $4 billion". */
  private static boolean glued(List<Token> tokens, PhraseIndex.Match<Word> m) {
    for (int k = m.first() + 1; k < m.end(); k++) {
      if (tokens.get(k).spaceBefore()) {
        return false;
      }
    }
    return true;
  }

  private static String text(Sentence s, int first, int end) {
    return s.text().substring(s.token(first).start() - s.start(), s.token(end - 1).end() - s.start());
  }

  /** Looks up lexicon words by the token they start at. */
  private static final class Cursor {
    final List<Token> tokens;
    final List<List<PhraseIndex.Match<Word>>> startingAt;

    Cursor(List<Token> tokens, List<PhraseIndex.Match<Word>> matches) {
      this.tokens = tokens;
      this.startingAt = new ArrayList<>(tokens.size());
      for (int i = 0; i < tokens.size(); i++) {
        startingAt.add(new ArrayList<>(1));
      }
      matches.forEach(m -> startingAt.get(m.first()).add(m));
    }

    /** Returns the longest word of one of the sections starting at {@code i}, or null. */
    PhraseIndex.Match<Word> longest(int i, String... sections) {
      if (i >= tokens.size()) {
        return null;
      }
      PhraseIndex.Match<Word> best = null;
      for (PhraseIndex.Match<Word> m : startingAt.get(i)) {
        for (String section : sections) {
          if (m.value().section().equals(section) && (best == null || m.end() > best.end())) {
            best = m;
          }
        }
      }
      return best;
    }
  }
}
