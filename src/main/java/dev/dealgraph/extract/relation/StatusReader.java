package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Status;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.Optional;

/**
 * Reads a deal's stage from the cues of its clause and the form of its trigger verb, and tells denied,
 * negated and hypothetical statements apart. The most advanced stage asserted wins.
 */
final class StatusReader {

  /** How far before its trigger a negation still governs it. */
  private static final int NEGATION_REACH = 8;

  private StatusReader() {}

  /**
   * Reads the cues of tokens {@code [from, to)} around a trigger at {@code [trigger, triggerEnd)}; for a noun
   * trigger, {@code modifiersFrom} is where its own modifiers start ("the previous $8 billion investment").
   */
  static Reading read(View v, int from, int trigger, int triggerEnd, int to, Verb verb, int modifiersFrom) {
    boolean inRelative = v.relative[trigger];
    Status status = null;
    Reading.Era era = Reading.Era.UNKNOWN;
    boolean tranche = false;
    boolean modifiersSayEarlier = false;
    boolean hedged = false;
    for (PhraseIndex.Match<String> m : v.cues) {
      boolean inWindow = m.first() >= from && m.first() < to && v.relative[m.first()] == inRelative;
      boolean modifier = modifiersFrom >= 0 && m.first() >= modifiersFrom && m.first() < trigger;
      if (!inWindow && !modifier) {
        continue;
      }
      switch (m.value()) {
        case "status:rumored" -> {
          status = max(status, Status.RUMORED);
          hedged |= !v.is(m.first(), "would");
        }
        case "status:inTalks" -> status = max(status, Status.IN_TALKS);
        case "status:announced" -> status = max(status, Status.ANNOUNCED);
        case "status:completed" -> status = max(status, Status.COMPLETED);
        case "status:withdrawn" -> status = max(status, Status.WITHDRAWN);
        case "status:earlier" -> {
          if (era == Reading.Era.UNKNOWN) {
            era = Reading.Era.EARLIER;
          }
          modifiersSayEarlier |= modifier;
        }
        case "status:new" -> era = Reading.Era.NEW;
        case "status:tranche" -> tranche = true;
        default -> { }
      }
    }
    if (status == Status.RUMORED && !hedged && announcedThat(v, trigger)) {
      // "Ambani announced that Google would invest": "would" reports the announced "will".
      status = Status.ANNOUNCED;
    }
    status = max(status, fromVerbForm(v, trigger, verb));
    if (modifiersSayEarlier && era == Reading.Era.EARLIER) {
      status = Status.COMPLETED;
    }
    return new Reading(Optional.ofNullable(status), denied(v, from, trigger), era, tranche);
  }

  /**
   * Returns true when "announced that" or "confirmed that" opens the clause of a trigger a few words on, or when the
   * company itself said or announced it would ("The chipmaker said on Tuesday it would invest"); not when others
   * said so.
   */
  private static boolean announcedThat(View v, int trigger) {
    for (int k = trigger - 1; k >= Math.max(1, trigger - 8); k--) {
      if (v.is(k, "that") && v.is(k - 1, "announced", "announces", "confirmed", "confirms", "disclosed", "stated")) {
        return true;
      }
      if (v.is(k, "it") && v.is(k + 1, "would")) {
        for (int s = k - 1; s >= Math.max(1, k - 5); s--) {
          if (v.is(s, "said", "says", "announced", "announces", "confirmed", "confirms") && v.mention(s - 1) != null
              && !v.is(s - 1, "sources", "people")) {
            return true;
          }
        }
      }
      if (v.is(k, ",", ";", ":", ".")) {
        return false;
      }
    }
    return false;
  }

  /** Returns where the cues after a trigger's object stop: a few tokens on, never past a comma. */
  static int after(View v, int from) {
    int k = from;
    while (k < Math.min(v.size(), from + 4) && !v.is(k, ",", ";", ":", ".") && !Slots.boundary(v, k)) {
      k++;
    }
    return k;
  }

  private static Status max(Status a, Status b) {
    return a == null ? b : b == null ? a : a.max(b);
  }

  /** Reads the stage the verb form asserts: "has invested" and "invested" completed, "invests" announced. */
  private static Status fromVerbForm(View v, int trigger, Verb verb) {
    if (verb == null) {
      return null;
    }
    int p = trigger - 1;
    while (p >= 0 && (v.words.adverbs.contains(v.low(p)) || v.low(p).endsWith("ly"))) {
      p--;
    }
    String before = v.low(p);
    if (before.equals("to")) {
      return p > 0 && v.mention(p - 1) != null ? Status.ANNOUNCED : null;
    }
    if (verb.is(Verb.Form.PARTICIPLE) && (v.is(p, "has", "have", "had", "'ve", "was", "were", "been", "is", "are"))) {
      return Status.COMPLETED;
    }
    if (verb.is(Verb.Form.ING)) {
      return v.is(p, "is", "are", "'s", "'re") ? Status.ANNOUNCED : null;
    }
    if (v.words.auxiliaries.contains(before)) {
      return v.is(p, "will", "'ll", "shall") ? Status.ANNOUNCED : null;
    }
    if (verb.is(Verb.Form.PAST)) {
      return Status.COMPLETED;
    }
    return Status.ANNOUNCED;
  }

  /** Returns true when a denial, a governing negation, a hypothetical clause or a question covers the trigger. */
  static boolean denied(View v, int from, int trigger) {
    return v.sentence.question() || negated(v, from, trigger);
  }

  /** Returns true when a denial, a governing negation or a hypothetical clause covers the trigger. */
  static boolean negated(View v, int from, int trigger) {
    for (PhraseIndex.Match<String> m : v.cues) {
      if (m.value().equals("status:denial-after") && m.first() > trigger) {
        // "called reports that it would invest false": the verdict closes the sentence it governs.
        return true;
      }
      if (m.first() >= trigger) {
        continue;
      }
      if (m.value().equals("status:denial")) {
        return true;
      }
      boolean near = m.first() >= trigger - NEGATION_REACH && noComma(v, m.end(), trigger);
      if (near && m.value().equals("status:hypothetical")
          || near && (m.first() >= from || beforeSubject(v, m.end(), from)) && m.value().equals("status:negation")
          && !v.coveredBy(m, "status:not-negation")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns true when a negation ending at {@code end} governs the subject ending at {@code from}: "it is not X
   * putting money into Y", "it does not give X a stake", with at most one word and no name between.
   */
  private static boolean beforeSubject(View v, int end, int from) {
    int words = 0;
    boolean named = false;
    for (int k = end; k < from; k++) {
      if (v.mention(k) != null && v.mention(k).named()) {
        // A name, not a description: "Hooli is not the only company to invest in Y" negates nothing about Y.
        named = true;
      } else if (named || ++words > 1 || v.tok(k).type() != dev.dealgraph.extract.text.Token.Type.WORD) {
        return false;
      }
    }
    return named;
  }

  private static boolean noComma(View v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.is(k, ",", ";", ":")) {
        return false;
      }
    }
    return true;
  }
}
