package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.entity.EntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells how long a company's round stays the topic of an article: a list of investors or a round told without its
 * company ("Investors included A and B", "The round was led by X") belongs to the last round stated before it, a
 * few sentences back always, and farther back for as long as the sentences between keep to that company.
 *
 * <p>A sentence keeps to the company when it names no organization, or when the first organization it names
 * outside a possessive ("its rival Quarrow" is about Quarrow) is the company itself (by name, pronoun or
 * description) or one of its backers; a sentence that turns to any other organization ends the topic for the
 * statements after it, so a look-back at another company's history or a comparison with a rival is never given
 * the company's round.
 */
final class RoundTopic {
  /**
   * Per sentence, the organization it is about: the first it names outside a possessive, by its best reading;
   * {@code ""} when it names none.
   */
  private final List<String> subjects = new ArrayList<>();
  /**
   * Per sentence, that organization when a name, a pronoun or a description gives it; a capitalised run of no known
   * kind ("Ana Ruiz founded …") may be a person, and is none.
   */
  private final List<java.util.Optional<Entity>> about = new ArrayList<>();

  /** Records the organization one sentence is about; called once per sentence, in order. */
  void sentence(List<EntityMention> mentions) {
    List<EntityMention> organizations = mentions.stream()
        .filter(m -> m.entity().filter(e -> e.kind() != EntityKind.PERSON).isPresent())
        .sorted(java.util.Comparator.comparingInt(EntityMention::first))
        .toList();
    java.util.Optional<EntityMention> first = organizations.stream().filter(m -> !m.possessive()).findFirst()
        .or(() -> organizations.stream().findFirst());
    subjects.add(first.map(m -> m.entity().get().name()).orElse(""));
    about.add(first.filter(m -> m.form() != EntityMention.Form.CANDIDATE).map(m -> m.entity().get()));
  }

  /** Returns the organization a sentence is about, if it names one. */
  java.util.Optional<Entity> about(int sentence) {
    return sentence >= 0 && sentence < about.size() ? about.get(sentence) : java.util.Optional.empty();
  }

  /**
   * Returns true when a statement in sentence {@code to} may still be about the round of {@code company} stated
   * in sentence {@code from}: within {@link RelationExtractor#CONTEXT} sentences always, farther when every
   * sentence between keeps to the company.
   */
  boolean reaches(Entity company, int from, int to, List<Finding.Deal> deals) {
    if (to - from <= RelationExtractor.CONTEXT) {
      return true;
    }
    for (int s = from + 1; s < to && s < subjects.size(); s++) {
      String subject = subjects.get(s);
      if (!subject.isEmpty() && !subject.equals(company.name()) && !backers(company, s, deals).contains(subject)) {
        return false;
      }
    }
    return true;
  }

  /** Returns who has backed the company in the deals stated up to a sentence, that sentence's own included. */
  private static Set<String> backers(Entity company, int sentence, List<Finding.Deal> deals) {
    return deals.stream()
        .filter(d -> d.sentence() <= sentence && d.investee().get(0).name().equals(company.name()))
        .map(d -> d.investor().get(0).name())
        .collect(Collectors.toSet());
  }
}
