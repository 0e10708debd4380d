package dev.dealgraph.extract.relation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Identifies a written form of a trigger verb: its lemma, its lexicon section and which forms the spelling can be.
 *
 * @param lemma    the base form ("invest")
 * @param section  the trigger section it comes from ("verb-into")
 * @param forms    the forms this spelling stands for ("put" is base, past and participle)
 * @param particle the word that must follow for the verb to state an investment ("chip in"), {@code amount} for a
 *                 verb that states one only before a sum ("provided $100 million"), or empty
 */
record Verb(String lemma, String section, Set<Form> forms, String particle) {

  /** Names a verb form. */
  enum Form { BASE, THIRD, PAST, PARTICIPLE, ING }

  Verb {
    forms = Set.copyOf(EnumSet.copyOf(forms));
  }

  boolean is(Form form) {
    return forms.contains(form);
  }

  /** Returns true when the verb at token {@code i} needs nothing after it, or is followed by what it needs. */
  boolean completedAt(View v, int i) {
    if (particle.isEmpty()) {
      return true;
    }
    if (i > 0 && (v.words.determiners.contains(v.low(i - 1)) || v.mention(i - 1) != null
        && v.mention(i - 1).possessive())) {
      // "used its chips in its data centres": after a determiner or an owner the word is a noun.
      return false;
    }
    // "provide 75% of it, so $30 billion": a share restated as a sum is a sum too.
    return particle.equals("amount") ? v.money(i + 1) != null || PercentShare.at(v, i + 1) != null
        : v.is(i + 1, particle);
  }
}
