package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Status;
import dev.dealgraph.extract.entity.EntityMention;
import java.util.Optional;

/**
 * Reads a list of investors set out one per line under a line that introduces them ("Investors in the round:",
 * "Who is on the Series C:"): each line that is only a name, perhaps with a short note ("Hooli (lead)"), joins
 * the round named before.
 */
final class BulletList {

  /** How many tokens a line may carry after its name, set off by punctuation: "(co-lead)", "- returning investor". */
  private static final int NOTE = 6;
  private static final Reading JOINED = new Reading(Optional.of(Status.COMPLETED), false, Reading.Era.UNKNOWN,
      false);

  private BulletList() {}

  /** Returns true for a line ending in a colon that speaks of investors or a round. */
  static boolean opens(View v) {
    if (v.size() < 2 || !v.is(v.size() - 1, ":")) {
      return false;
    }
    for (var cue : v.cues) {
      if (cue.value().equals("trigger:investor-noun") || cue.value().equals("trigger:round-noun")
          || cue.value().equals("trigger:participation")) {
        return !v.ownedList(v.size() - 1);
      }
    }
    return false;
  }

  /** Returns true when the line is one list item, and adds its name to the round before. */
  static boolean item(View v, int sentence, Collected out) {
    int k = 0;
    while (k < v.size() && v.is(k, "-", "*", "•")) {
      k++;
    }
    EntityMention m = v.mentionAt(k);
    boolean note = m != null && (m.end() == v.size() || v.is(m.end(), "(", "-", "--", ",", ":", ".", ";"));
    if (!note || !m.named() || v.size() - m.end() > NOTE) {
      return false;
    }
    out.implicitDeal(v, sentence, m, Optional.empty(), JOINED);
    return true;
  }
}
