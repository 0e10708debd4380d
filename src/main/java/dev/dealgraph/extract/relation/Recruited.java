package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.List;
import java.util.Optional;

/**
 * Reads the company that brought in the investors of its round: "Acme got X to lead its Series D", "Acme brought
 * in X and Y to lead the round". The company recruits, so it raises; the investors after the verb lead or join.
 *
 * @param company   the company whose round it is
 * @param investors the investors it brought in
 * @param done      true when the recruiting verb states a done deal ("got", "brought in")
 */
record Recruited(EntityMention company, List<EntityMention> investors, boolean done) {

  /** Returns the recruiting company when "to" and a list of investors stand before the verb at {@code verb}. */
  static Optional<Recruited> before(View v, int verb) {
    // "to co-lead" splits at its hyphen: the verb's prefix stands between "to" and the verb.
    int to = v.is(verb - 1, "-") && v.is(verb - 2, "co") ? verb - 3 : verb - 1;
    EntityMention last = v.is(to, "to") ? v.mention(to - 1) : null;
    if (last == null) {
      return Optional.empty();
    }
    List<EntityMention> investors = Slots.coordinated(v, last);
    int first = investors.get(0).first();
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (cue.end() == first && cue.value().equals("trigger:recruit")) {
        List<EntityMention> subject = Slots.subject(v, cue.first());
        boolean company = subject.size() == 1 && subject.get(0).entity()
            .map(e -> e.kind() != EntityKind.PERSON).orElse(false);
        StringBuilder phrase = new StringBuilder(v.low(cue.first()));
        for (int k = cue.first() + 1; k < cue.end(); k++) {
          phrase.append(' ').append(v.low(k));
        }
        return company ? Optional.of(new Recruited(subject.get(0), investors, v.words.recruitedPast.contains(phrase.toString())))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
