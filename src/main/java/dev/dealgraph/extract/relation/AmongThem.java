package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.Optional;

/**
 * Reads names set "among them" when "them" are the investors the sentence before ended on: "The rest is shared by
 * other investors. Reports have named A, B and C among them", "… A and B are among them". Each name joins the
 * round in context.
 */
final class AmongThem {

  /** How many tokens may follow the noun of investors at the end of the sentence before: "other investors in it". */
  private static final int TAIL = 5;

  private AmongThem() {}

  /** Adds the names listed right before a closing "among them" when {@code before} ended on investors. */
  static void find(View v, View before, int sentence, Collected out) {
    if (before == null || !endsOnInvestors(before)) {
      return;
    }
    for (int a = 1; a + 1 < v.size(); a++) {
      // "named A and B among them", "A and B are among them".
      EntityMention last = v.copula(a - 1) ? v.mention(a - 2) : v.mention(a - 1);
      boolean closing = a + 2 >= v.size() || v.is(a + 2, ",", ".", ";");
      if (!v.is(a, "among") || !v.is(a + 1, "them", "those") || !closing || last == null || !last.named()
          || last.possessive()) {
        continue;
      }
      Reading reading = OpeningList.joined(StatusReader.read(v, 0, a, a + 2, a + 2, null, -1));
      for (EntityMention investor : Slots.coordinated(v, last)) {
        out.implicitDeal(v, sentence, investor, Optional.empty(), reading);
      }
    }
  }

  /** Returns true when a noun of investors, not of holdings or customers, ends the sentence. */
  static boolean endsOnInvestors(View v) {
    for (int k = v.size() - 1; k >= Math.max(0, v.size() - TAIL - 1); k--) {
      if (v.cueAt("trigger:list-owner", k) != null || v.mention(k) != null) {
        return false;
      }
      if (v.cueAt("trigger:investor-noun", k) != null) {
        return true;
      }
    }
    return false;
  }
}
