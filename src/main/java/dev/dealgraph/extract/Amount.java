package dev.dealgraph.extract;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds a sum of money with its meaning: exact, up to, a range, about, or at least.
 *
 * @param kind     how the figure is to be read
 * @param figure   the value (EXACT), the estimate (APPROX), the maximum (UP_TO), the minimum (AT_LEAST, RANGE)
 * @param upper    the maximum of a RANGE, empty otherwise
 * @param currency ISO 4217 code ("USD")
 * @param text     the words of the article that state it ("between $4 billion and $6 billion")
 */
public record Amount(Kind kind, BigDecimal figure, Optional<BigDecimal> upper, String currency, String text) {

  /** How an amount's figure is to be read. */
  public enum Kind { EXACT, UP_TO, RANGE, APPROX, AT_LEAST }

  public Amount {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(text, "text");
    if (figure.signum() <= 0) {
      throw new IllegalArgumentException("amount must be positive: " + figure);
    }
    if ((kind == Kind.RANGE) != upper.isPresent()) {
      throw new IllegalArgumentException("only a RANGE has an upper bound: " + kind);
    }
    if (upper.isPresent() && upper.get().compareTo(figure) < 0) {
      throw new IllegalArgumentException("range maximum below minimum: " + figure + ".." + upper.get());
    }
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
    }
  }

  /** Creates an exact amount. */
  public static Amount exact(BigDecimal value, String currency, String text) {
    return new Amount(Kind.EXACT, value, Optional.empty(), currency, text);
  }

  /** Creates an amount of at most {@code max}. */
  public static Amount upTo(BigDecimal max, String currency, String text) {
    return new Amount(Kind.UP_TO, max, Optional.empty(), currency, text);
  }

  /** Creates an amount between {@code min} and {@code max}. */
  public static Amount range(BigDecimal min, BigDecimal max, String currency, String text) {
    return new Amount(Kind.RANGE, min, Optional.of(max), currency, text);
  }

  /** Creates an amount of about {@code value}. */
  public static Amount approx(BigDecimal value, String currency, String text) {
    return new Amount(Kind.APPROX, value, Optional.empty(), currency, text);
  }

  /** Creates an amount of at least {@code min}. */
  public static Amount atLeast(BigDecimal min, String currency, String text) {
    return new Amount(Kind.AT_LEAST, min, Optional.empty(), currency, text);
  }

  /** Returns the exact value, if this amount is exact. */
  public Optional<BigDecimal> value() {
    return kind == Kind.EXACT ? Optional.of(figure) : Optional.empty();
  }

  /** Returns the estimate, if this amount is approximate. */
  public Optional<BigDecimal> approx() {
    return kind == Kind.APPROX ? Optional.of(figure) : Optional.empty();
  }

  /** Returns the lower bound, if this amount is a range or an "at least". */
  public Optional<BigDecimal> min() {
    return kind == Kind.RANGE || kind == Kind.AT_LEAST ? Optional.of(figure) : Optional.empty();
  }

  /** Returns the upper bound, if this amount is a range or an "up to". */
  public Optional<BigDecimal> max() {
    return kind == Kind.UP_TO ? Optional.of(figure) : upper;
  }

  /** Returns the single figure that best represents this amount, for sorting and thresholds. */
  public BigDecimal magnitude() {
    return upper.orElse(figure);
  }
}
