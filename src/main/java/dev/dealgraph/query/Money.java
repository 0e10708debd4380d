package dev.dealgraph.query;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes a sum of money that keeps its meaning; which figures are present depends on {@code kind}.
 *
 * @param kind     exact, upTo, range, approx or atLeast
 * @param value    the figure of an exact amount
 * @param approx   the estimate of an approximate amount
 * @param min      the lower bound of a range or an "at least"
 * @param max      the upper bound of a range or an "up to"
 * @param currency the ISO 4217 code
 * @param text     the article's own words for it, when known
 */
public record Money(String kind, Optional<BigDecimal> value, Optional<BigDecimal> approx, Optional<BigDecimal> min,
    Optional<BigDecimal> max, String currency, Optional<String> text) {

  public Money {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(text, "text");
  }

  /** Returns this amount with the article's words for it. */
  public Money withText(Optional<String> words) {
    return new Money(kind, value, approx, min, max, currency, words);
  }
}
