package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a rivalry that none of the grammar readers could parse: a sentence with a clear rivalry cue, no deal and
 * no pair found pairs the organization it is about (its first organization before the cue, named or referred to by
 * a pronoun or a description) with every organization named after the cue in the same clause.
 *
 * <p>News states rivalry in more ways than a grammar of phrases can list ("it has been up against the teams of A
 * and B", "taking on clouds such as A and B"); the cue and the order of the names carry most of the meaning, so
 * this reader keeps recall on new phrasings at a lower confidence than the readers that parse the clause.
 */
final class RivalBackoff {

  /** Cue kinds whose presence alone says that the sentence is about rivalry. */
  private static final Set<String> CLEAR = Set.of("competition:rival-noun", "competition:verb-with",
      "competition:verb-object", "competition:noun-with", "competition:noun-from", "competition:versus",
      "competition:face-verb", "competition:pit-verb");
  private static final double CONFIDENCE = 0.5;
  /** How many words an owner may stand before its rival noun: "Hooli's smaller, older rival". */
  private static final int OWNER_REACH = 4;

  private RivalBackoff() {}

  /** Adds the pairs of a sentence whose rivalry cue no other reader turned into a pair. */
  static void find(View v, Collected out) {
    PhraseIndex.Match<String> cue = firstClearCue(v);
    if (cue == null || statesDeal(v, out) || StatusReader.negated(v, Math.max(0, cue.first() - 6), cue.first())) {
      return;
    }
    EntityMention subject = subject(v, cue.first());
    List<EntityMention> after = organizationsAfter(v, cue.end());
    if (subject == null || after.isEmpty()) {
      return;
    }
    for (EntityMention b : after) {
      out.rivals(v, subject, b, CONFIDENCE);
    }
  }

  /**
   * Returns the organization of a sentence that ends on unnamed rivals ("Quanta AI faces large rivals."), whose
   * names the next sentence may give, or none.
   */
  static List<EntityMention> awaiting(View v) {
    int last = v.size() - 1;
    while (last > 0 && v.tok(last).type() != dev.dealgraph.extract.text.Token.Type.WORD) {
      last--;
    }
    if (last < 2 || !v.is(last, "rivals", "competitors", "challengers") || v.mention(last) != null) {
      return List.of();
    }
    PhraseIndex.Match<String> cue = v.cueAt("competition:rival-noun", last);
    if (cue == null || owned(v, cue) || StatusReader.negated(v, Math.max(0, last - 6), last)) {
      return List.of();
    }
    EntityMention subject = subject(v, last);
    return subject == null ? List.of() : List.of(subject);
  }

  private static PhraseIndex.Match<String> firstClearCue(View v) {
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (CLEAR.contains(cue.value()) && v.words.unambiguousRivalry.contains(words(v, cue)) && v.mention(cue.first()) == null
          && !owned(v, cue)) {
        return cue;
      }
    }
    return null;
  }

  private static String words(View v, PhraseIndex.Match<String> cue) {
    StringBuilder b = new StringBuilder();
    for (int k = cue.first(); k < cue.end(); k++) {
      b.append(k > cue.first() ? " " : "").append(v.low(k));
    }
    return b.toString();
  }

  /**
   * "Nvidia's rival has been courting X", "its smaller rival": a singular rival noun with an owner stands for an
   * unnamed company, whose rivals the names after it are not ("its rivals include A and B" names them).
   */
  private static boolean owned(View v, PhraseIndex.Match<String> cue) {
    if (!cue.value().equals("competition:rival-noun") || v.low(cue.end() - 1).endsWith("s")) {
      return false;
    }
    for (int k = cue.first() - 1; k >= Math.max(0, cue.first() - OWNER_REACH); k--) {
      EntityMention m = v.mention(k);
      if (m != null && m.possessive() || v.is(k, "its", "their", "his", "her", "our")) {
        return true;
      }
    }
    return false;
  }

  /** A sentence that states a deal or a round names backers and their companies, which this reader must not pair. */
  private static boolean statesDeal(View v, Collected out) {
    int start = v.evidence(0).start();
    return out.deals.stream().anyMatch(d -> d.evidence().start() == start)
        || out.implicit.stream().anyMatch(d -> d.evidence().start() == start)
        || out.rounds.stream().anyMatch(r -> r.evidence().start() == start);
  }

  /** The first organization before the cue, named or referred to by a pronoun or a description. */
  private static EntityMention subject(View v, int cue) {
    for (EntityMention m : v.mentions) {
      if (m.first() >= cue) {
        break;
      }
      // "Ana Ruiz, the founder of Quanta AI, is taking on …": a person who opens the sentence is its subject.
      return organization(v, m) ? m : null;
    }
    return null;
  }

  /**
   * Returns the organizations named after the cue in its clause; a name joined by a hyphen to what follows
   * ("Nvidia-based clouds", "the Tessier- and Kasumi-backed Initech") only describes another.
   */
  private static List<EntityMention> organizationsAfter(View v, int from) {
    List<EntityMention> out = new ArrayList<>();
    int end = clauseEnd(v, from);
    for (EntityMention m : v.mentions) {
      if (m.first() >= from && m.end() <= end && organization(v, m) && stated(m) && !m.possessive() && !v.is(m.end(), "-")
          && !uncertain(v, m) && !related(v, m)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A colon, a semicolon, a dash or a relative pronoun opens another statement, whose names the cue does not reach:
   * "it competes with the tools that banks buy from X".
   */
  private static int clauseEnd(View v, int from) {
    for (int k = from; k < v.size(); k++) {
      if (v.is(k, ":", ";", "—", "–", "that", "which", "who", "whom", "whose")) {
        return k;
      }
    }
    return v.size();
  }

  /** "the customers of X", "the backers of X": a name after a noun of a trading party or a backer is no rival. */
  private static boolean related(View v, EntityMention m) {
    int noun = m.first() - 2;
    return v.is(m.first() - 1, "of", "from") && noun >= 0
        && (v.words.partyNouns.contains(v.low(noun)) || v.cueAt("trigger:investor-noun", noun) != null);
  }

  private static boolean organization(View v, EntityMention m) {
    return m.entity().isPresent() && m.entity().get().kind() != EntityKind.PERSON
        && m.form() != EntityMention.Form.PERSON;
  }

  /** A rival on the far side of the cue is named: a pronoun or a description there has no sure referent. */
  private static boolean stated(EntityMention m) {
    return m.form() == EntityMention.Form.NAME || m.form() == EntityMention.Form.PRODUCT
        || m.form() == EntityMention.Form.DISCOVERED || m.form() == EntityMention.Form.CANDIDATE;
  }

  /** "one VC insider": a name found by its shape alone, used as a common noun, is no rival. */
  private static boolean uncertain(View v, EntityMention m) {
    return (m.form() == EntityMention.Form.DISCOVERED || m.form() == EntityMention.Form.CANDIDATE) && (v.is(m.first() - 1, "a", "an", "one", "every", "each")
        || m.end() - m.first() == 1 && v.tok(m.first()).text().length() <= 3
        && v.tok(m.first()).text().equals(v.tok(m.first()).text().toUpperCase(java.util.Locale.ROOT)));
  }

}
