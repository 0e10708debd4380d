package dev.dealgraph.extract.relation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Identifies a written form of a trigger verb: its lemma, its lexicon section and which forms the spelling can be.
 *
 * @param lemma   the base form ("invest")
 * @param section the trigger section it comes from ("verb-into")
 * @param forms   the forms this spelling stands for ("put" is base, past and participle)
 */
record Verb(String lemma, String section, Set<Form> forms) {

  /** Names a verb form. */
  enum Form { BASE, THIRD, PAST, PARTICIPLE, ING }

  Verb {
    forms = Set.copyOf(EnumSet.copyOf(forms));
  }

  boolean is(Form form) {
    return forms.contains(form);
  }
}
