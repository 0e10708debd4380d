package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.Token;
import java.util.Map;

/**
 * Learns products from an apposition that names their maker: "Hooli, the maker of the Orbit coding agent" and
 * "Orbit, the editor built by Hooli" (or "Orbit, made by Hooli") make Orbit Hooli's product, so that "Orbit competes
 * with …" and "competes with Orbit" are rivalries of Hooli.
 */
final class RivalMakers {

  /** How many describing words may stand before the product's name or before the participle ("the editor"). */
  private static final int WORDS = 3;

  private RivalMakers() {}

  /** Records in {@code owners} each product an apposition in the sentence gives to its maker. */
  static void learn(View v, Map<String, dev.dealgraph.extract.Entity> owners) {
    for (int k = 1; k + 2 < v.size(); k++) {
      if (v.words.makerNouns.contains(v.low(k)) && v.is(k + 1, "of")) {
        // "Hooli, the maker of the Orbit coding agent": the maker is the name the description is apposed to.
        int d = k - 1;
        while (d > 0 && k - d <= WORDS && lower(v, d)) {
          d--;
        }
        EntityMention maker = v.is(d, ",") ? v.mention(d - 1) : null;
        int at = after(v, k + 2);
        EntityMention product = at < 0 ? null : v.mentionAt(at);
        if (maker != null && product != null && !maker.possessive()) {
          RivalProducts.record(maker, product, owners);
        } else if (maker != null && at >= 0 && !maker.possessive() && maker.named() && maker.entity().isPresent()
            && maker.form() != EntityMention.Form.PERSON) {
          // "the Orbit coding agent": a name inside a description is no mention of its own; its words are the key.
          owners.putIfAbsent(words(v, at), maker.entity().get());
        }
      }
      if (v.words.madeParticiples.contains(v.low(k)) && v.is(k + 1, "by") && v.mentionAt(k + 2) != null) {
        // "Orbit, the editor built by Hooli", "Orbit, made by Hooli": the product is the name before the comma.
        int d = k - 1;
        while (d > 0 && k - d <= WORDS && lower(v, d)) {
          d--;
        }
        EntityMention product = v.is(d, ",") ? v.mention(d - 1) : null;
        EntityMention maker = v.mentionAt(k + 2);
        if (product != null && !product.possessive() && !maker.possessive()) {
          RivalProducts.record(maker, product, owners);
        }
      }
    }
  }

  /**
   * Returns where the name at or after {@code k} starts, past "the" and a few describing words ("the popular Orbit
   * app"), or -1 when no name or capitalised word follows.
   */
  private static int after(View v, int k) {
    int j = v.is(k, "the", "its") ? k + 1 : k;
    for (int end = Math.min(v.size(), j + WORDS); j < end && v.mentionAt(j) == null && plain(v, j); j++) {
      // the describing words before the name
    }
    return j < v.size() && (v.mentionAt(j) != null || v.tok(j).type() == Token.Type.WORD && v.tok(j).capitalised())
        ? j : -1;
  }

  /** Returns the capitalised words from {@code k} on, as a mention of them would name its entity. */
  private static String words(View v, int k) {
    int end = k;
    while (end < v.size() && v.tok(end).type() == Token.Type.WORD && v.tok(end).capitalised()) {
      end++;
    }
    return v.sentence.text().substring(v.tok(k).start() - v.sentence.start(), v.tok(end - 1).end()
        - v.sentence.start());
  }

  /** Returns true for a lowercase word, which may belong to a description ("the maker"). */
  private static boolean lower(View v, int k) {
    return v.tok(k).type() == Token.Type.WORD && !v.tok(k).capitalised();
  }

  /** Returns true for "the", "a" or a lowercase word that names no entity. */
  private static boolean plain(View v, int k) {
    return v.tok(k).type() == Token.Type.WORD && !v.tok(k).capitalised() && v.mention(k) == null;
  }
}
