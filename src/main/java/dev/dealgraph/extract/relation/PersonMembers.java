package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.Set;

/**
 * Reads the person a list member's title introduces: in "Kestrel co-founder Sam Oduya" or "Globex's chief
 * scientist Ana Ruiz" the member is the person, and the company before the title only says where the person works.
 *
 * <p>A title that acts for a firm ("Vela general partner Ana Ruiz") leaves the firm as the member: a partner
 * names the fund that writes the cheque.
 */
final class PersonMembers {
  /** Titles held inside an investment firm, whose holder stands for the firm. */
  private static final Set<String> FIRM_TITLES = Set.of("partner", "partners", "principal", "director", "investor",
      "investors");

  private PersonMembers() {}

  /**
   * Returns the person named behind a title right after {@code member} (which ends before {@code k}), or the
   * member itself when no person follows or the title acts for the member's firm; null when an unknown name only
   * describes someone.
   */
  static EntityMention behindTitle(View v, EntityMention member, int k) {
    // An employer the gazetteer does not know ("Cruise co-founder Ana Ruiz") introduces its person as well.
    if (member.form() == EntityMention.Form.PERSON || !member.named()
        && member.form() != EntityMention.Form.CANDIDATE) {
      return member;
    }
    EntityMention person = personAt(v, k);
    if (person != null) {
      return person;
    }
    boolean titled = v.words.titleWords.contains(v.low(k)) || v.is(k, "co") && v.is(k + 1, "-");
    if (member.form() != EntityMention.Form.CANDIDATE) {
      // "… and the Hooli founder, who invested through his family office": the member is a person left unnamed,
      // never the company he founded.
      return titled && !actsForFirm(v, k) && !namedAfter(v, k) ? null : member;
    }
    // An unknown name before a title whose holder was not recognised ("Orbo co-founder Tim Last"), or before a
    // hyphen that makes it a describing word ("the Orbo Prize-winning chemist"), is no member.
    boolean modifier = v.is(k, "-") && !v.tok(k).spaceBefore() && !v.words.participles.contains(v.low(k + 1));
    return modifier || titled && !actsForFirm(v, k) ? null : member;
  }

  /** Returns true when a capitalised word follows the title words starting at {@code k}: a name, if not a known one. */
  private static boolean namedAfter(View v, int k) {
    int h = k;
    while (h < Math.min(v.size(), k + 5) && (v.words.titleWords.contains(v.low(h)) || v.is(h, "co", "-")
        || v.tok(h).type() == Token.Type.WORD && !v.tok(h).capitalised())) {
      if (!v.words.titleWords.contains(v.low(h)) && !v.is(h, "co", "-")) {
        return false;
      }
      h++;
    }
    return h < v.size() && v.tok(h).type() == Token.Type.WORD && v.tok(h).capitalised();
  }

  /**
   * Returns the end of "general partner Ana Ruiz" after a firm's name at {@code k}, whose holder speaks for the firm
   * already listed; -1 when no firm's title and person follow.
   */
  static int partnerEnd(View v, int k) {
    if (!v.words.titleWords.contains(v.low(k)) || !actsForFirm(v, k)) {
      return -1;
    }
    for (int h = k; h < Math.min(v.size(), k + 5); h++) {
      EntityMention m = v.mentionAt(h);
      if (m != null) {
        return m.form() == EntityMention.Form.PERSON ? m.end() : -1;
      }
      if (v.tok(h).type() != Token.Type.WORD || v.tok(h).capitalised() && !v.words.titleWords.contains(v.low(h))) {
        return -1;
      }
    }
    return -1;
  }

  /** Returns true when the title starting at {@code k} is held inside an investment firm ("general partner"). */
  private static boolean actsForFirm(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + 4) && v.tok(h).type() == Token.Type.WORD && !v.is(h, "and", "or");
        h++) {
      if (FIRM_TITLES.contains(v.low(h))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the person of a list member that opens with an employer, known or not, then a title: "Kestrel
   * co-founder Ana Ruiz", "Two Sigma co-founder Ana Ruiz"; null when the member at {@code k} is not of that shape.
   */
  static EntityMention titled(View v, int k) {
    EntityMention employer = v.mentionAt(k);
    int h = k;
    if (employer != null && employer.form() != EntityMention.Form.PERSON) {
      h = employer.end();
    } else if (employer == null) {
      while (h < Math.min(v.size(), k + 3) && v.tok(h).type() == Token.Type.WORD && v.tok(h).capitalised()
          && v.mention(h) == null && !v.words.titleWords.contains(v.low(h))) {
        h++;
      }
      EntityMention rest = v.mentionAt(h);
      if (h > k && rest != null && rest.form() == EntityMention.Form.CANDIDATE) {
        // "Two Sigma co-founder Ana Ruiz": an employer's name read in part ends with the part that was found.
        h = rest.end();
      }
    }
    return h > k ? personAt(v, h) : null;
  }

  /** Returns the person after title words starting at {@code k} ("co-founder", "chief executive"), or null. */
  private static EntityMention personAt(View v, int k) {
    boolean titled = false;
    for (int h = k; h < Math.min(v.size(), k + 6); h++) {
      EntityMention m = v.mentionAt(h);
      if (m != null) {
        return titled && m.form() == EntityMention.Form.PERSON ? m : null;
      }
      // "co-founder" is read as three tokens; a title may be written in capitals ("CEO").
      boolean joiner = v.is(h, "-") && !v.tok(h).spaceBefore();
      boolean word = v.tok(h).type() == Token.Type.WORD
          && (!v.tok(h).capitalised() || v.words.titleWords.contains(v.low(h)));
      if (!joiner && !word || v.is(h, "and", "or") || FIRM_TITLES.contains(v.low(h))) {
        return null;
      }
      titled |= v.words.titleWords.contains(v.low(h));
    }
    return null;
  }
}
