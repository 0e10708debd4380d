package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads rivalry nouns by the names their preposition introduces: "competition from A", "an alternative to A",
 * "a challenger to the likes of A and B", "faces competition in robotaxis from A".
 */
final class RivalComplements {

  private RivalComplements() {
  }

  /** Pairs the subject of "competition from" or "an answer to" with the names after it. */
  static void after(View v, PhraseIndex.Match<String> cue, EntityMention topic, Collected out) {
    List<EntityMention> subject = RivalClauses.subject(v, cue.first());
    List<EntityMention> rivals = new ArrayList<>(RivalPhrases.orExamples(v, NounPhrases.phrase(v, cue.end()),
        cue.end()));
    if (!rivals.isEmpty()) {
      // "competition from clouds such as A and B, as well as from smaller clouds including C".
      int last = rivals.get(rivals.size() - 1).end();
      rivals.addAll(RivalPhrases.repeated(v, last, last + 30, v.low(cue.end() - 1)));
    }
    List<EntityMention> turned = turnedInto(v, cue.first());
    subject = turned.isEmpty() ? RivalBackers.receivers(v, cue.first(), subject, out) : turned;
    if (subject.isEmpty() && !rivals.isEmpty()) {
      subject = RivalFields.feltBy(v, cue.first(), rivals, topic);
    }
    if (subject.isEmpty() && !rivals.isEmpty() && topic != null && !rivals.contains(topic)
        && RivalPhrases.indefinite(v, cue.first())) {
      // "the country's efforts to build a domestic alternative to Globex": the article's subject is the one meant.
      subject = List.of(topic);
    }
    RivalFinder.pairs(v, subject, rivals, out, 0.85);
    if (v.low(cue.first()).startsWith("alternative")) {
      RivalFields.examplesOf(v, rivals, out);
    }
    if (rivals.isEmpty() && RivalPhrases.describedToTheEnd(v, cue.end())) {
      out.awaitingRivals = subject;
    }
  }

  /** Reads "a challenger to / the rival of" and the names after it; the cue ends before "of" or "to". */
  static void ofOrTo(View v, PhraseIndex.Match<String> cue, EntityMention topic, Collected out) {
    // "a challenger to the likes of A and B": the examples the phrase gives.
    List<EntityMention> of = new ArrayList<>(
        RivalPhrases.orExamples(v, NounPhrases.phrase(v, cue.end() + 1), cue.end() + 1));
    int end = of.isEmpty() ? cue.end() + 1 : of.get(of.size() - 1).end();
    // "a challenger to the maker of X and to the maker of Y".
    of.addAll(RivalPhrases.repeated(v, end, end + 20, v.low(cue.end())));
    end = of.isEmpty() ? end : Math.max(end, of.get(of.size() - 1).end());
    PhraseIndex.Match<String> examples = v.cueAt("competition:list-intro", v.is(end, ",") ? end + 1 : end);
    List<EntityMention> turned = turnedInto(v, cue.first());
    List<EntityMention> described = examples != null ? NounPhrases.list(v, examples.end())
        : !turned.isEmpty() ? turned : RivalClauses.subject(v, cue.first());
    if (described.isEmpty() && examples == null) {
      // "Quanta AI presents itself as the rival of Globex".
      described = RivalAsides.reflexive(v, cue.first());
    }
    if (described.isEmpty() && examples == null && topic != null && RivalPhrases.indefinite(v, cue.first())) {
      // "… will want a home-grown challenger to X": the article's subject is the challenger meant.
      described = List.of(topic);
    }
    // "a challenger to OpenAI, alongside xAI and Mistral": those named alongside challenge it too.
    List<EntityMention> fellows = RivalPhrases.alongside(v, of);
    of.removeAll(fellows);
    RivalFinder.pairs(v, described, of, out, 0.85);
    RivalFinder.pairs(v, fellows, of, out, 0.8);
    RivalFinder.pairs(v, described, fellows, out, 0.75);
  }

  /**
   * "faces competition in robotaxis from Waymo … and in electric cars from BYD", "its real competition is Nagare
   * Voice": the noun "competition" with its rivals a few words on.
   */
  static void competition(View v, PhraseIndex.Match<String> cue, Collected out) {
    List<EntityMention> subject = RivalClauses.subject(v, cue.first());
    EntityMention owner = v.mention(cue.first() - 1);
    if (owner == null && v.mention(cue.first() - 2) != null && v.mention(cue.first() - 2).possessive()) {
      owner = v.mention(cue.first() - 2);
    }
    if (owner != null && owner.possessive()) {
      subject = List.of(owner);
    }
    List<EntityMention> rivals = new ArrayList<>();
    int k = cue.end();
    int limit = Math.min(v.size(), cue.end() + Slots.REACH);
    while (k < limit && !v.is(k, ";", ":", ".")) {
      if (v.is(k, "from", "with", "is", "are", "comes") && v.mentionAt(k + 1) != null) {
        List<EntityMention> found = NounPhrases.list(v, k + 1);
        rivals.addAll(found);
        k = found.get(found.size() - 1).end();
        continue;
      }
      if (v.mention(k) != null || Slots.boundary(v, k) && !v.is(k, "-")) {
        break;
      }
      k++;
    }
    if (owner == null || !owner.possessive()) {
      subject = RivalBackers.receivers(v, cue.first(), subject, out);
    }
    if (rivals.isEmpty() && subject.size() >= 2 && RivalPhrases.inState(v, cue.first())) {
      // "Naver and Kakao are in fierce competition": the subject's members compete with each other.
      RivalFinder.all(v, subject, out);
      return;
    }
    RivalFinder.pairs(v, subject, rivals, out, 0.8);
  }

  /**
   * Returns what a verb turns into the rival noun at {@code noun}: "money meant to turn its Nimbus chatbot into a
   * challenger to X" makes the chatbot's owner the challenger, not the investors that are the sentence's subject.
   */
  private static List<EntityMention> turnedInto(View v, int noun) {
    int k = noun - 1;
    while (k > 0 && noun - k <= 4 && v.mention(k) == null && v.tok(k).type() == Token.Type.WORD
        && !v.is(k, "into") && !v.tok(k).capitalised()) {
      k--;
    }
    if (!v.is(k, "into")) {
      return List.of();
    }
    for (int h = k - 1; h >= Math.max(0, k - 5) && !v.is(h, ",") && !Slots.boundary(v, h); h--) {
      EntityMention m = v.mention(h);
      EntityMention owner = m == null ? null : v.mention(m.first() - 1);
      if (m != null) {
        // "its Nimbus chatbot": the owner of the named product is meant.
        return List.of(owner != null && owner.possessive() ? owner : m);
      }
    }
    return List.of();
  }
}
