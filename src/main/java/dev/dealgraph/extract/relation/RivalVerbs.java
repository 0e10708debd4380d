package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rivalry verbs of a sentence: those followed by "with" or "against" ("X competes with Y") and those
 * whose object is the rival ("X takes on Y", "a model that rivals Y").
 */
final class RivalVerbs {

  /** How many words ("head-to-head", "directly") may stand between a verb and its "with". */
  private static final int ADVERB_GAP = 6;

  private RivalVerbs() {
  }

  /** Pairs the subject of a verb like "take on" with its object: "X goes up against A in Europe and against B". */
  static void object(View v, PhraseIndex.Match<String> cue, Collected out) {
    if (!v.is(cue.first(), "rivals") || v.mention(cue.first() - 1) != null || v.is(cue.first() - 1, "that",
        "which")) {
      // "taking on defence primes such as A, B and C": the examples of a described group.
      List<EntityMention> named = RivalPhrases.orExamples(v, NounPhrases.phrase(v, cue.end()), cue.end());
      List<EntityMention> object = new ArrayList<>(named.isEmpty() ? RivalClauses.relativeObject(v, cue.first())
          : named);
      if (!named.isEmpty() && v.words.prepositions.contains(v.low(cue.end() - 1))) {
        // "goes up against A in Europe and against B in the US".
        int last = named.get(named.size() - 1).end();
        object.addAll(RivalPhrases.repeated(v, last, last + 30, v.low(cue.end() - 1)));
      }
      List<EntityMention> subject = RivalPhrases.aimOwner(v, cue.first())
          .orElseGet(() -> coordinated(v, cue.first(), RivalClauses.subject(v, cue.first())));
      object = otherThan(v, cue.first(), object, subject);
      // "Both are taking on the incumbents: A, B and C": a subject found among the objects is none.
      if (subject.stream().noneMatch(object::contains)) {
        RivalFinder.pairs(v, subject, object, out, 0.85);
      }
      if (object.isEmpty() && RivalPhrases.describedToTheEnd(v, cue.end())) {
        // "Quanta AI wants to unseat the old guard. Those – A, B and C – …": the next sentence may name them.
        out.awaitingRivals = subject;
      }
    }
  }

  /** Pairs the subject of a verb like "compete" with the names after its "with" or "against". */
  static void with(View v, PhraseIndex.Match<String> cue, Collected out) {
    List<EntityMention> subject = coordinated(v, cue.first(), RivalClauses.subject(v, cue.first()));
    int k = v.is(cue.end() - 1, "with", "against") ? cue.end() - 1 : cue.end();
    // "competing head-to-head against": the dashes of a compound adverb do not end the gap.
    while (k < Math.min(v.size(), cue.end() + ADVERB_GAP) && !v.is(k, "with", "against")
        && v.mention(k) == null && (!Slots.boundary(v, k) || v.is(k, "-")) && !v.is(k, ",")) {
      k++;
    }
    if (v.is(k, "with", "against")) {
      List<EntityMention> rivals = new ArrayList<>(RivalPhrases.orExamples(v, NounPhrases.phrase(v, k + 1), k + 1));
      if (rivals.isEmpty()) {
        // "MAI models, which compete with OpenAI's.": the owner of the elided noun.
        rivals.addAll(RivalPhrases.elidedOwners(v, k + 1));
      }
      // "… not only with DeepSeek but also with Baidu's Ernie Bot", "… with AWS and with Azure", "… with both
      // companies for contracts, as well as with Y".
      int from = rivals.isEmpty() ? k + 1 : rivals.get(rivals.size() - 1).end();
      while (rivals.isEmpty() && from < k + 4 && v.mention(from) == null && v.tok(from).type() == Token.Type.WORD
          && !v.is(from, "for", "in", "on", "as", "and", "but")) {
        from++;
      }
      rivals.addAll(RivalPhrases.repeated(v, from, k + 30, "with", "against"));
      RivalFinder.pairs(v, subject, rivals, out, 0.9);
      // "Like Globex, Initech competes with Hooli", "Initech is vying with Hooli, as is Cyberdyne": the others do
      // the same, with rivals named outright (a description here reads as the subject's rival, not theirs).
      if (rivals.stream().allMatch(EntityMention::named)) {
        List<EntityMention> others = new ArrayList<>(RivalAsides.likeOpener(v, subject));
        others.addAll(RivalAsides.asIs(v, k + 1));
        RivalFinder.pairs(v, others, rivals, out, 0.8);
      }
    } else if (subject.size() >= 2) {
      RivalFinder.all(v, subject, out);
    } else if (subject.size() == 1) {
      // "chips for OpenAI and Anthropic, which compete for developers": a plural verb after "which" is said of
      // the whole list before it.
      RivalFinder.all(v, RivalClauses.pluralAntecedent(v, subject.get(0), cue.first()), out);
    }
  }

  /**
   * Returns the subject of the first of two verb phrases joined by "and" when the rivalry verb at {@code verb} opens
   * the second: in "Quanta AI calls itself the rival of Globex, the maker of Nimbus, and measures itself against
   * Hooli" the one measuring is Quanta AI, not the name just before; otherwise {@code found}.
   */
  static List<EntityMention> coordinated(View v, int verb, List<EntityMention> found) {
    int and = verb - 1;
    while (and > 0 && (v.words.adverbs.contains(v.low(and)) || v.low(and).endsWith("ly"))) {
      and--;
    }
    if (!v.is(and, "and") || !v.is(and - 1, ",") || found.isEmpty()) {
      return found;
    }
    int open = RivalDiscourse.openerEnd(v);
    for (EntityMention m : v.mentions) {
      if (m.first() > open && m.entity().isPresent() && !Slots.objectOfPreposition(v, m)) {
        List<EntityMention> main = NounPhrases.list(v, m.first());
        int after = main.isEmpty() ? v.size() : main.get(main.size() - 1).end();
        boolean verbAfter = after < v.size() && v.tok(after).type() == Token.Type.WORD && !v.tok(after).capitalised();
        return verbAfter && m.first() < found.get(0).first() && !m.possessive() ? main : found;
      }
    }
    return found;
  }

  /**
   * Returns the object with a lone possessive pronoun read as another company than the subject and the others named
   * before the verb at {@code verb}: in "A, which …, and B are both challenging its lead" the lead is neither A's
   * nor B's; an owner ("A's unit B is challenging its lead") may still be meant.
   */
  static List<EntityMention> otherThan(View v, int verb, List<EntityMention> object, List<EntityMention> subject) {
    if (object.size() != 1 || object.get(0).form() != EntityMention.Form.PRONOUN || !object.get(0).possessive()) {
      return object;
    }
    java.util.Set<dev.dealgraph.extract.Entity> named = new java.util.HashSet<>();
    subject.forEach(m -> m.entity().ifPresent(named::add));
    v.mentions.stream().filter(m -> m.first() < verb && !m.possessive() && m.entity().isPresent())
        .forEach(m -> named.add(m.entity().get()));
    EntityMention its = object.get(0);
    List<dev.dealgraph.extract.Entity> others = its.candidates().stream().filter(e -> !named.contains(e)).toList();
    return others.isEmpty() || others.size() == its.candidates().size() ? object
        : List.of(new EntityMention(its.first(), its.end(), its.form(), others, true, its.rivalOf()));
  }
}
