package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a section heading that names one organization ("## How Lambda got here") as the topic of the section
 * below it: a round the section lists without its company ("- Series D: $480m, co-led by X and Y") is that
 * organization's.
 */
final class SectionHeading {

  /** How many tokens a heading without a closing mark may have: longer lines are sentences that lost their stop. */
  private static final int SHORT = 10;

  private SectionHeading() {}

  /** Records the heading's organization as the company of the rounds that follow, when the sentence is a heading. */
  static void find(View v, int sentence, Collected out) {
    if (sentence == 0 || !heading(v)) {
      return;
    }
    Set<Entity> named = new LinkedHashSet<>();
    for (EntityMention m : v.mentions) {
      if (m.named() && m.form() != EntityMention.Form.PRODUCT) {
        m.entity().filter(e -> e.kind() != EntityKind.PERSON).ifPresent(named::add);
      }
    }
    if (named.size() == 1) {
      // A round with no figure, series or investor: the company of the rounds below that name none.
      out.topics.add(new Finding.Round(Optional.of(named.iterator().next()), Optional.empty(), Optional.empty(),
          Optional.empty(), List.of(), List.of(), v.evidence(0.5), sentence));
    }
  }

  /** Returns true for a markdown heading, or a short line that ends without a stop and is no list item. */
  private static boolean heading(View v) {
    if (v.size() == 0) {
      return false;
    }
    if (v.is(0, "#")) {
      return true;
    }
    for (int k = 0; k < v.size(); k++) {
      if (v.is(k, ":", "|", ";")) {
        return false;
      }
    }
    return v.size() <= SHORT && !v.is(0, "-", "*", "•") && !v.is(v.size() - 1, ".", "!", "?", "\"", ")");
  }
}
