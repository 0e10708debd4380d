package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a sentence that opens with its participation phrase and lists the round's investors after it. */
final class OpeningList {

  /** How far into a sentence a participation phrase may still open it: "And the round also drew". */
  private static final int OPENER_REACH = 6;

  private OpeningList() {}

  /**
   * "It also drew X and Y", "Also participating in the Acme round were X and Y", "They were joined by X": a
   * participation phrase whose subject is the round, a pronoun, a description or nothing adds the list after it
   * to the round named before, or to the company whose round the sentence names.
   */
  static void find(View v, int sentence, Collected out) {
    int k = 0;
    EntityMention owner = null;
    int listFrom = -1;
    boolean listed = false;
    int presented = Presentational.listStart(v);
    if (presented > 0) {
      // "Beside it are found A and B", "Alongside it sit A, B and C": the list stands after the inverted verb.
      listFrom = presented;
      k = presented;
    }
    while (k < Math.min(v.size(), OPENER_REACH) && listFrom < 0) {
      PhraseIndex.Match<String> cue = v.cueAt("trigger:participation", k);
      if (cue != null) {
        listFrom = cue.end();
        break;
      }
      if (v.is(k, "co") && v.is(k + 1, "-")) {
        // "Co-leading the round were X and Y": the hyphen splits the opening word from its prefix.
        k += 2;
        continue;
      }
      if (v.is(k, "led") && v.is(k + 1, "by") && !listed) {
        ledBy(v, sentence, k + 2, out);
        return;
      }
      EntityMention m = v.mentionAt(k);
      if (v.is(k, ":") && listed) {
        // "The round's other backers: D, E and F".
        listFrom = k + 1;
        break;
      }
      listed |= v.cueAt("trigger:investor-noun", k) != null || v.cueAt("trigger:round-noun", k) != null;
      boolean filler = v.words.adverbs.contains(v.low(k)) || v.words.auxiliaries.contains(v.low(k))
          || v.words.determiners.contains(v.low(k)) || v.cueAt("trigger:round-noun", k) != null
          || v.cueAt("trigger:investor-noun", k) != null
          || v.is(k, "also", "and", "but", "so", "then", ",", "it", "they", "'s", "other", "new", "existing", "others",
          "in");
      if (m != null && (m.form() == EntityMention.Form.PRONOUN || m.form() == EntityMention.Form.DESCRIPTION)) {
        k = m.end();
      } else if (filler && v.mention(k) == null && v.money(k) == null) {
        k++;
      } else if (v.is(k, "participating", "investing", "joining", "leading", "co-leading")) {
        // "Also participating in the Acme round were X": the round's company may stand before the round noun.
        int h = k + 1;
        while (h < Math.min(v.size(), k + 8) && !v.is(h, "were", "was")) {
          EntityMention named = v.mentionAt(h);
          if (named != null && named.named() && v.cueAt("trigger:round-noun", named.end()) != null) {
            owner = named;
          }
          h = named != null ? named.end() : h + 1;
        }
        listFrom = v.is(h, "were", "was") ? h + 1 : -1;
        break;
      } else {
        return;
      }
    }
    if (listFrom < 0) {
      return;
    }
    List<EntityMention> investors = new ArrayList<>(NounPhrases.phrase(v, listFrom));
    if (investors.isEmpty()) {
      return;
    }
    investors.addAll(NounPhrases.coInvestors(v, investors.get(investors.size() - 1).end()));
    Reading reading = joined(StatusReader.read(v, 0, k, listFrom, listFrom, null, -1));
    for (EntityMention investor : investors) {
      if (owner != null) {
        out.deal(v, sentence, investor, owner, Optional.empty(), reading);
      } else {
        out.implicitDeal(v, sentence, investor, Optional.empty(), reading);
      }
    }
  }

  /**
   * "Led by X and Y, the round …", "Co-led by X, Acme's Series B …", "Led by X, Acme raised …": the list leads the
   * round of the clause after the comma, owned by the round's possessor or by the company that raised it.
   */
  private static void ledBy(View v, int sentence, int listFrom, Collected out) {
    List<EntityMention> investors = new ArrayList<>();
    for (EntityMention m : NounPhrases.list(v, listFrom)) {
      if (v.is(m.first() - 1, ",") && !v.is(m.end(), ",", "and", "or")) {
        // "Led by X, Acme's round …": a name after the comma that no separator follows opens the clause.
        break;
      }
      investors.add(m);
      if (v.is(m.first() - 1, "and", "or")) {
        // "Led by X and Y, Acme's round …": the list ends at its "and".
        break;
      }
    }
    if (investors.isEmpty() || !v.is(investors.get(investors.size() - 1).end(), ",")) {
      return;
    }
    int clause = investors.get(investors.size() - 1).end() + 1;
    EntityMention owner = null;
    boolean round = false;
    for (int k = clause; k < Math.min(v.size(), clause + 6) && !round; k++) {
      EntityMention m = v.mentionAt(k);
      if (m != null && m.possessive()) {
        owner = m;
      }
      round = v.cueAt("trigger:round-noun", k) != null;
    }
    EntityMention subject = v.mentionAt(clause);
    if (!round && subject != null && subject.named() && !subject.possessive()) {
      Verb verb = v.words.verbs.get(v.low(subject.end()));
      owner = verb != null && verb.section().equals("verb-receive") ? subject : null;
      round = owner != null;
    }
    if (!round) {
      return;
    }
    Reading reading = joined(StatusReader.read(v, 0, listFrom - 2, listFrom, clause, null, -1));
    for (EntityMention investor : investors) {
      if (owner != null) {
        out.deal(v, sentence, investor, owner, Optional.empty(), reading);
      } else {
        out.implicitDeal(v, sentence, investor, Optional.empty(), reading);
      }
    }
  }

  /** Returns the reading of a participation in a round: completed unless the sentence states another stage. */
  static Reading joined(Reading reading) {
    return new Reading(reading.status().or(() -> Optional.of(dev.dealgraph.extract.Status.COMPLETED)), false,
        reading.era(), false);
  }
}
