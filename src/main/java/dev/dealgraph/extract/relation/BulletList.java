package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Status;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.Optional;

/**
 * Reads a list of investors set out one per line under a line that introduces them ("Investors in the round:",
 * "Who is on the Series C:"): each line that is only a name, perhaps with a short note ("Hooli (lead)"), joins
 * the round named before.
 */
final class BulletList {

  /**
   * How many tokens an unbulleted line may carry after its name, set off by punctuation: "(co-lead)", "- returning
   * investor".
   */
  private static final int NOTE = 6;
  /** How many words a bulleted line may hold to be read as a bare name: "- Geodesic Capital Partners". */
  private static final int BARE_WORDS = 4;
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
        // "investors, most of them arms of companies that are also its customers:": the holder of customers is
        // described in a relative clause, and the list is still of the investors.
        return !v.ownedList(v.size() - 1) || inRelative(v, v.size() - 1);
      }
    }
    return false;
  }

  /**
   * Returns true when a relative clause with a copula ends at the colon {@code colon}: "groups that are also its
   * customers:" describes the investors before it, where "investors whose portfolio includes:" lists holdings.
   */
  private static boolean inRelative(View v, int colon) {
    for (int h = colon - 1; h > Math.max(0, colon - 8) && v.tok(h).type() == Token.Type.WORD; h--) {
      if (v.words.relatives.contains(v.low(h)) && (v.copula(h + 1) || v.is(h + 1, "are", "is", "were", "was"))) {
        return true;
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
    // A list's line that ends without a full stop is an item, however long its note; a sentence ends with one.
    boolean bullet = k > 0 || !v.is(v.size() - 1, ".", "!", "?");
    EntityMention m = v.mentionAt(k);
    if (bullet && (m == null || m.end() < v.size() || m.form() == EntityMention.Form.CANDIDATE)) {
      // "- Bedrock", "- Tiger Global Management": a line of a list that is only a capitalised name is one investor,
      // whether or not the gazetteer knows it or a part of it.
      m = bareName(v, k).orElse(m);
    }
    boolean note = m != null && (m.end() == v.size() || v.is(m.end(), "(", "-", "--", ",", ":", ".", ";"));
    // "Orrin Ventures, the firm of a former Hooli chief" as a line of its own is one item.
    if (!note || !m.named() || v.size() - m.end() > NOTE && !(bullet && v.is(m.end(), ",", "(", "-", "--", ":"))) {
      return false;
    }
    out.implicitDeal(v, sentence, m, Optional.empty(), JOINED);
    return true;
  }

  /** Returns the line from {@code k} on as a name when it is one to four capitalised words and nothing else. */
  private static Optional<EntityMention> bareName(View v, int k) {
    int end = v.size();
    if (end - k < 1 || end - k > BARE_WORDS) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder();
    for (int i = k; i < end; i++) {
      Token t = v.tok(i);
      boolean word = t.type() == Token.Type.WORD && Character.isUpperCase(t.text().charAt(0))
          || t.type() == Token.Type.NUMBER && i == k || t.text().equals("&");
      // "Quorum Capital": a word that is no name alone ("Capital", "Group") may end one that opens otherwise.
      if (!word || i == k && v.words.notNames.contains(t.lower())) {
        return Optional.empty();
      }
      name.append(i > k && t.spaceBefore() ? " " : "").append(t.text());
    }
    var entity = new dev.dealgraph.extract.Entity(name.toString(), dev.dealgraph.extract.EntityKind.COMPANY,
        Optional.empty(), false);
    return Optional.of(new EntityMention(k, end, EntityMention.Form.DISCOVERED, java.util.List.of(entity), false,
        Optional.empty()));
  }
}
