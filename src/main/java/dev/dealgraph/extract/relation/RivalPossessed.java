package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rivalry noun right after its owner: "Acme's rival Globex", "DeepMind is OpenAI's main rival", "counts A
 * and B among its rivals", "Unlike its rivals A and B, … X".
 */
final class RivalPossessed {

  private RivalPossessed() {
  }

  /** Pairs the owner {@code before} of the rival noun at {@code cue} with the rivals {@code named} or implied. */
  static void read(View v, PhraseIndex.Match<String> cue, EntityMention before, List<EntityMention> named,
      Collected out) {
    int copula = before.first() - 1;
    while (copula > 0 && v.words.adverbs.contains(v.low(copula))) {
      copula--;
    }
    if (named.isEmpty() && before.possessive() && v.copula(copula)) {
      // "DeepMind is OpenAI's main rival", "A, B and C are its main rivals", "Initech is now its fiercest rival".
      named = RivalClauses.subject(v, copula);
    } else if (named.isEmpty() && before.possessive() && v.is(before.first() - 1, "among", "as")) {
      // "Initech counts Globex and Hooli among its rivals", "… counts A and B as its main rivals".
      List<EntityMention> counted = RivalFields.listBefore(v, before.first() - 1);
      named = v.is(before.first() - 1, "among") || !counted.isEmpty()
          && v.cueAt("competition:regard-verb", counted.get(0).first() - 1) != null ? counted : named;
      if (!named.isEmpty()) {
        // "… counts A and B among its competitors, along with C".
        named = new ArrayList<>(named);
        named.addAll(RivalPhrases.repeated(v, cue.end(), cue.end() + 20));
      }
    } else if (named.isEmpty() && !before.possessive()
        && v.is(before.first() - 1, "a", "an") && v.copula(before.first() - 2)) {
      // "Chatterbox is a Latex rival": the subject of the copula.
      named = RivalClauses.subject(v, before.first() - 2);
    } else if (named.isEmpty() && before.possessive() && !v.low(cue.first()).endsWith("s")
        && v.words.prepositions.contains(v.low(before.first() - 1))) {
      // "… will invest in Intel and work with its long-time rival": the other company named before.
      EntityMention other = RivalNouns.lastOtherMention(v, before.first(), List.of(before));
      named = other == null ? named : List.of(other);
    }
    List<EntityMention> main = before.form() == EntityMention.Form.PRONOUN && !named.isEmpty()
        ? RivalClauses.mainSubjectAfterOpener(v, named) : List.of();
    if (!main.isEmpty()) {
      // "Unlike its rivals A and B, which own data centres, X rents servers": "its" looks ahead to X.
      RivalFinder.pairs(v, main, named, out, 0.85);
      return;
    }
    int faced = RivalAsides.facedAt(v, before.first());
    if (faced >= 0 && !named.isEmpty()) {
      // "X now faces the Initech challenger Zorbit as well as Globex's Nimbus": each is X's rival, and only the
      // first is said to challenge Initech.
      RivalFinder.pairs(v, RivalClauses.subject(v, faced), named, out, 0.8);
      named = RivalAsides.firstGroup(v, named);
    }
    RivalFinder.pairs(v, List.of(before), named, out, 0.9);
  }
}
