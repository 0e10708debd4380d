package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.List;

/**
 * Reads a list member as its whole name span, so that a list never stops inside one: a known name followed by
 * capitalised words the gazetteer does not know ("Globex Nimbo"), and an owner's unit set between two members
 * ("NVentures, Hooli's venture capital arm, Halcyon Media and …") stepped over; and the members of a compound whose
 * hyphens hang ("the Hooli- and Globex-backed Initech").
 */
final class ListItems {

  private ListItems() {}

  /**
   * Returns the member {@code m} spanning the unknown capitalised words right after it ("Globex Nimbo" read as
   * Globex, as "Hooli Orbit" is Hooli's product), so that the list goes on past them; {@code m} itself when no
   * such words follow. Words that make another firm of a known name ("Hooli Alternatives") are read whole by the
   * recognizer before.
   */
  static EntityMention whole(View v, EntityMention m) {
    EntityMention tail = v.mentionAt(m.end());
    if (m.possessive() || tail == null || tail.form() != EntityMention.Form.CANDIDATE || tail.possessive()
        || m.entity().isEmpty() || m.entity().get().kind() == EntityKind.PERSON || !v.tok(m.end()).spaceBefore()
        || m.form() != EntityMention.Form.NAME && m.form() != EntityMention.Form.DISCOVERED) {
      return m;
    }
    return new EntityMention(m.first(), tail.end(), m.form(), m.candidates(), false, m.rivalOf());
  }

  /**
   * Returns the comma that closes an owner's unit described in apposition after a member, ", Hooli's venture
   * capital arm,", when the comma at {@code k} opens one; otherwise -1.
   */
  static int ownerApposition(View v, int k) {
    EntityMention owner = v.is(k, ",") ? v.mentionAt(k + 1) : null;
    if (owner == null || !owner.possessive()) {
      return -1;
    }
    for (int h = owner.end(); h < Math.min(v.size(), owner.end() + 4); h++) {
      if (v.tok(h).type() != Token.Type.WORD || v.tok(h).capitalised() || v.mention(h) != null) {
        return -1;
      }
      if (NounPhrases.RELATIONAL.contains(v.low(h))) {
        return v.is(h + 1, ",") ? h + 1 : -1;
      }
    }
    return -1;
  }

  /**
   * Returns the backers coordinated before a compound's with their hyphens left hanging: "the Hooli- and
   * Globex-backed Initech", "Hooli-, Kasumi- and Globex-backed".
   */
  static List<EntityMention> suspended(View v, EntityMention investor) {
    List<EntityMention> out = new java.util.ArrayList<>();
    int k = investor.first() - 1;
    while (v.is(k, "and", "or", ",") && v.is(k - 1, "-") && v.mention(k - 2) != null
        && v.mention(k - 2).named() && out.size() < Slots.MAX_LIST) {
      EntityMention m = v.mention(k - 2);
      out.add(m);
      k = v.is(m.first() - 1, ",") && v.is(m.first() - 2, "-") ? m.first() - 1 : -1;
    }
    return out;
  }
}
