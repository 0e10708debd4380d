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
      List<EntityMention> named = NounPhrases.phrase(v, cue.end());
      List<EntityMention> object = new ArrayList<>(named.isEmpty() ? RivalClauses.relativeObject(v, cue.first())
          : named);
      if (!named.isEmpty() && v.words.prepositions.contains(v.low(cue.end() - 1))) {
        // "goes up against A in Europe and against B in the US".
        int last = named.get(named.size() - 1).end();
        object.addAll(RivalPhrases.repeated(v, last, last + 30, v.low(cue.end() - 1)));
      }
      List<EntityMention> subject = RivalPhrases.aimOwner(v, cue.first())
          .orElseGet(() -> RivalClauses.subject(v, cue.first()));
      // "Both are taking on the incumbents: A, B and C": a subject found among the objects is none.
      if (subject.stream().noneMatch(object::contains)) {
        RivalFinder.pairs(v, subject, object, out, 0.85);
      }
    }
  }

  /** Pairs the subject of a verb like "compete" with the names after its "with" or "against". */
  static void with(View v, PhraseIndex.Match<String> cue, Collected out) {
    List<EntityMention> subject = RivalClauses.subject(v, cue.first());
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
}
