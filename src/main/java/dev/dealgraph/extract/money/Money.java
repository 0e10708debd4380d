package dev.dealgraph.extract.money;

import dev.dealgraph.extract.Amount;
import java.util.Optional;

/**
 * Marks a sum of money in a sentence.
 *
 * @param first  index of the first token
 * @param end    index just past the last token
 * @param amount the figure, empty for amounts stated without one ("billions", "a multibillion-dollar bet")
 * @param role   what the amount is
 */
public record Money(int first, int end, Optional<Amount> amount, AmountRole role) {

  /** Returns true when the amount has no figure. */
  public boolean vague() {
    return amount.isEmpty();
  }
}
