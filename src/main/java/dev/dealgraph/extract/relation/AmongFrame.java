package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.entity.EntityMention;
import java.util.List;
import java.util.Optional;

/** Reads "X and Y are among the investors" and "X and Y are among its backers": the subject invests. */
final class AmongFrame {

  private AmongFrame() {}

  /** Records the deals of "among the investors" before the investor noun at {@code noun}; false if none applies. */
  static boolean read(View v, int sentence, int noun, Reading reading, Collected out) {
    int among = noun - 1;
    // "among the new and existing investors": a few modifiers may stand between "among" and the noun.
    while (among > noun - 7 && v.mention(among) == null && !v.is(among, "among", ",", ";", ".")) {
      among--;
    }
    EntityMention owner = v.mention(among);
    if (owner != null && owner.possessive() && v.is(owner.first() - 1, "among")) {
      // "Hooli and Globex are among its new backers": "its" is none of the backers.
      List<EntityMention> investors = Slots.subject(v, owner.first() - 1);
      List<Entity> others = owner.candidates().stream()
          .filter(e -> investors.stream().noneMatch(a -> a.entity().equals(Optional.of(e)))).toList();
      EntityMention investee = new EntityMention(owner.first(), owner.end(), owner.form(), others, true,
          owner.rivalOf());
      investors.forEach(investor -> out.deal(v, sentence, investor, investee, Optional.empty(), reading));
      return true;
    }
    EntityMention named = v.mention(among - 1);
    if (v.is(among, "among") && named != null && !named.possessive()) {
      List<EntityMention> listed = Slots.coordinated(v, named);
      if (v.is(listed.get(0).first() - 1, "with")) {
        // "…, with Hooli among the other investors": only the object of "with" is among them.
        for (EntityMention investor : listed) {
          out.implicitDeal(v, sentence, investor, Optional.empty(), reading);
        }
        return true;
      }
    }
    if (v.is(among, "among") && v.mention(noun - 1) == null) {
      // "Hooli, Globex and Tessier Capital were among the new investors": the round's company is named elsewhere.
      for (EntityMention investor : Slots.subject(v, among)) {
        out.implicitDeal(v, sentence, investor, Optional.empty(), reading);
      }
      return true;
    }
    return false;
  }
}
