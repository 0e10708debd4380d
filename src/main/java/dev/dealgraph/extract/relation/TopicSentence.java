package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import java.util.List;
import java.util.Optional;

/**
 * Reads a sentence that turns to one company's backers without naming any ("Quarrow was backed by much of the same
 * money", "Quarrow's investors are a similar mix") as the topic of what follows: a round told next without its
 * company ("A $90 million round in May was led by X") is that company's.
 */
final class TopicSentence {

  private TopicSentence() {}

  /** Records the sentence's one company as the company of the rounds after it, when the sentence found no deal. */
  static void find(View v, int sentence, Collected out, int dealsFrom, int implicitFrom, int roundsFrom) {
    if (out.deals.size() > dealsFrom || out.implicit.size() > implicitFrom || out.rounds.size() > roundsFrom) {
      return;
    }
    Optional<EntityMention> subject = subject(v);
    if (subject.isEmpty() || !aboutBackers(v, subject.get())) {
      return;
    }
    out.topics.add(new Finding.Round(subject.get().entity(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        List.of(), v.evidence(0.5), sentence));
  }

  /** Returns the company that opens the sentence as its subject or possessor, when it is the only name in it. */
  private static Optional<EntityMention> subject(View v) {
    List<EntityMention> names = v.mentions.stream().filter(EntityMention::named).toList();
    if (names.size() != 1 || names.get(0).first() != 0
        || names.get(0).entity().filter(e -> e.kind() != EntityKind.PERSON).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(names.get(0));
  }

  /**
   * Returns true when the company owns the noun of investors right after it ("Quarrow's existing backers") or is
   * the subject of a passive of backing ("Quarrow was backed by", "Quarrow has been funded by"); an investor
   * described as one ("Hooli, already its largest investor, …") is no such company.
   */
  private static boolean aboutBackers(View v, EntityMention subject) {
    int k = subject.end();
    if (subject.possessive()) {
      return v.cueAt("trigger:investor-noun", k) != null || v.cueAt("trigger:investor-noun", k + 1) != null;
    }
    while (k < v.size() && (v.copula(k) || v.words.auxiliaries.contains(v.low(k)))) {
      k++;
    }
    return k > subject.end() && k < v.size() && v.words.participles.contains(v.low(k)) && v.is(k + 1, "by");
  }
}
