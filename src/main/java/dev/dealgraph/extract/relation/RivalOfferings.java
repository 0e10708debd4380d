package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.List;

/**
 * Reads the rivals a rivalry names through what they offer or through a word describing them: "competes with chips
 * from Initech and Hooli", "faces the monitoring platforms of Initech and Hooli", "competes with the hosted tools that
 * Initech and Hooli sell" and "competes with the veteran Initech" name Initech (and Hooli) as rivals.
 */
final class RivalOfferings {

  /** How many plain words and joining hyphens may describe the offering or the rival ("custom web-search tools"). */
  private static final int WORDS = 5;
  /** How many words an aside between ", and" and the offering may take ("more awkwardly"). */
  private static final int ASIDE = 5;

  private RivalOfferings() {
  }

  /**
   * Returns the makers named after a phrase of what they offer starting at {@code from}, or the one rival a single
   * describing word introduces ("the veteran Initech"); none otherwise, and none whose describing word makes them a
   * customer, partner or backer ("the customer Initech").
   */
  static List<EntityMention> makers(View v, int from) {
    return makers(v, from, true);
  }

  /**
   * Pairs the subject of a verb like "faces" with the makers of what it faces: "it also faces the monitoring
   * platforms of Initech and Hooli"; "faces a lawsuit from Initech" names no offering and no rival.
   */
  static void faced(View v, PhraseIndex.Match<String> cue, Collected out) {
    List<EntityMention> makers = makers(v, cue.end(), false);
    if (!makers.isEmpty()) {
      RivalFinder.pairs(v, RivalClauses.subject(v, cue.first()), makers, out, 0.75);
    }
  }

  private static List<EntityMention> makers(View v, int from, boolean described) {
    int k = from;
    boolean determined = false;
    while (k < v.size() && v.is(k, "the", "a", "an")) {
      k++;
      determined = true;
    }
    int words = 0;
    while (k < v.size() && words < WORDS && plain(v, k)) {
      k++;
      words++;
    }
    if (words == 0 || k + 1 >= v.size()) {
      return List.of();
    }
    String last = v.low(k - 1);
    EntityMention named = v.mentionAt(k);
    if (named != null) {
      boolean one = determined && words == 1 && !v.words.partyNouns.contains(last)
          && !v.words.investorNouns.contains(last) && ends(v, named.end());
      // "the veteran Initech": a name the gazetteer does not know is a rival here too, unless a title describes it.
      boolean unknown = named.form() == EntityMention.Form.CANDIDATE && named.entity().isPresent()
          && !named.possessive() && !v.words.titleWords.contains(last);
      return described && one && (organization(named) || unknown) ? NounPhrases.list(v, k) : List.of();
    }
    if (!v.is(k, "from", "of", "by", "that", "which") || !v.words.offeringNouns.contains(last)
        || v.mentionAt(k + 1) == null) {
      return List.of();
    }
    List<EntityMention> makers = NounPhrases.list(v, k + 1);
    // "the web-search tools that A and B sell": the makers are the relative clause's subject, before its verb.
    boolean made = !v.is(k, "that", "which") || !makers.isEmpty() && k + 1 < v.size()
        && plain(v, makers.get(makers.size() - 1).end());
    return made && makers.stream().allMatch(RivalOfferings::organization) ? makers : List.of();
  }

  /**
   * Returns the makers of an offering joined after a list of rivals ending at {@code end}, past an aside: "face A and
   * B, and, more awkwardly, the assistants that C and D have added"; none without one.
   */
  static List<EntityMention> joined(View v, int end) {
    int k = end;
    if (!v.is(k, ",") || !v.is(k + 1, "and")) {
      return List.of();
    }
    k += 2;
    if (v.is(k, ",")) {
      int close = k + 1;
      while (close < Math.min(v.size(), k + ASIDE) && !v.is(close, ",") && plain(v, close)) {
        close++;
      }
      k = v.is(close, ",") ? close + 1 : -1;
    }
    return k < 0 ? List.of() : makers(v, k, false);
  }

  /** Returns true for a lowercase word that names no entity and joins no clause, or a hyphen inside a word. */
  private static boolean plain(View v, int k) {
    if (v.is(k, "-") && !v.tok(k).spaceBefore() && k + 1 < v.size() && !v.tok(k + 1).spaceBefore()
        || k > 0 && v.is(k - 1, "-") && !v.tok(k).spaceBefore() && v.tok(k).type() == Token.Type.WORD) {
      // "web-search", "built-in": the parts of a hyphenated word, whatever they are alone.
      return true;
    }
    return v.tok(k).type() == Token.Type.WORD && !v.tok(k).capitalised() && v.mention(k) == null
        && !v.is(k, "and", "or", "with", "from", "of", "by", "that", "which", "who", "in", "to", "for", "as")
        && (!v.words.verbs.containsKey(v.low(k)) || v.words.offeringNouns.contains(v.low(k)));
  }

  /** Returns true when a described name ends its phrase: "the veteran Initech, and …", not "a startup Initech backs". */
  private static boolean ends(View v, int k) {
    return k >= v.size() || v.tok(k).type() != Token.Type.WORD || v.words.prepositions.contains(v.low(k))
        || v.is(k, "and", "or");
  }

  private static boolean organization(EntityMention m) {
    return m.named() && m.form() != EntityMention.Form.PERSON && m.entity().isPresent() && !m.possessive();
  }
}
