package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Status;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds investments stated by investor nouns: "X, an investor in Y", "Y's backers include X and Z", "Y investor
 * X", "X and Z are both Y investors", "Y counts X as an investor".
 */
final class InvestorNouns {

  private final Vocabulary words;
  private final Predicate<String> clauseWord;

  /** Creates the finder; {@code clauseWord} tells the words of a clause (verbs, adverbs) from noun modifiers. */
  InvestorNouns(Vocabulary words, Predicate<String> clauseWord) {
    this.words = words;
    this.clauseWord = clauseWord;
  }

  /** "X, an investor in Y", "Y's backers include X", "Y investor X", "investors in Y include X and Z". */
  void find(View v, int sentence, PhraseIndex.Match<String> cue, Collected out) {
    Reading reading = new Reading(Optional.of(Status.COMPLETED), StatusReader.denied(v, 0, cue.first()),
        Reading.Era.EARLIER, false);
    int after = cue.end();
    EntityMention before = v.mention(cue.first() - 1);
    int q = pastQualifiers(v, cue.first() - 1);
    if (before == null && v.mention(q) != null && v.mention(q).possessive() && q >= cue.first() - 4) {
      // "OpenAI's largest outside shareholder": adjectives between the owner and the noun.
      before = v.mention(q);
    }
    // "Microsoft, OpenAI's largest shareholder, …", "Google, another Anthropic backer, …".
    // "became Y shareholders in 2021": a preposition that names no company leaves the noun its owner.
    boolean namesInvestee = v.is(after, "in", "of") && !NounPhrases.phrase(v, after + 1).isEmpty();
    if (before != null && v.mentionAt(after) == null && !v.include(after) && !namesInvestee) {
      int p = pastQualifiers(v, before.first() - 1);
      if (v.is(p, ",") && v.mention(p - 1) != null && v.mention(p - 1) != before) {
        out.deal(v, sentence, v.mention(p - 1), before, sumInvested(v, after), reading);
        return;
      }
      if (v.copula(p)) {
        // "Nvidia and Oracle are both Cohere investors", "Hooli is an early Initech backer".
        for (EntityMention investor : Slots.subject(v, p)) {
          out.deal(v, sentence, investor, before, Optional.empty(), reading);
        }
        return;
      }
    }
    // "Cohere counts Nvidia and Oracle as investors", "Initech lists Hooli among its early backers".
    int as = pastQualifiers(v, cue.first() - 1);
    if (before == null && v.is(as, "as") && v.is(as - 1, "served", "serves", "serve", "acted", "acts", "act")) {
      // "Hooli served as lead investor": the subject is an investor of the company named here or before.
      List<EntityMention> investees = v.is(after, "in", "of") ? NounPhrases.phrase(v, after + 1) : List.of();
      for (EntityMention investor : Slots.subject(v, as - 1)) {
        if (investees.isEmpty()) {
          out.implicitDeal(v, sentence, investor, Optional.empty(), stage(v, cue, reading));
        }
        investees.forEach(investee -> out.deal(v, sentence, investor, investee, Optional.empty(), reading));
      }
      return;
    }
    if (before == null && v.is(as, "as", "among") && v.mention(as - 1) != null && !v.mention(as - 1).possessive()) {
      List<EntityMention> investors = Slots.coordinated(v, v.mention(as - 1));
      int verb = investors.get(0).first() - 1;
      if (v.is(verb, "counts", "count", "counted", "counting", "lists", "listed", "names", "named", "added", "adds",
          "welcomed", "welcomes")) {
        for (EntityMention investee : Slots.subject(v, verb)) {
          for (EntityMention investor : investors) {
            out.deal(v, sentence, investor, investee, Optional.empty(), reading);
          }
        }
        return;
      }
    }
    if (v.is(after, "-", "--") && dashedList(v, sentence, cue, before, reading, out)) {
      return;
    }
    // "Y's backers include X and Z", "Y investor X", "Y's largest investor, X".
    if (before != null) {
      int k = after;
      if (v.is(k, ",")) {
        k++;
      }
      PhraseIndex.Match<String> intro = v.cueAt("competition:list-intro", k);
      k = hedgedInclude(v, k);
      if (v.include(k) || v.copula(k)) {
        k++;
      } else if (intro != null) {
        k = intro.end();
      }
      List<EntityMention> investors = NounPhrases.list(v, k);
      for (EntityMention a : investors) {
        out.deal(v, sentence, a, before, Optional.empty(), reading);
      }
      if (!investors.isEmpty() || !before.possessive()) {
        return;
      }
    }
    // "Perplexity counts Nvidia (and AMD) among its investors".
    if (before != null && before.possessive() && v.is(before.first() - 1, "among") && v.mention(before.first() - 2) != null) {
      for (EntityMention investor : Slots.coordinated(v, v.mention(before.first() - 2))) {
        out.deal(v, sentence, investor, before, Optional.empty(), reading);
      }
      return;
    }
    // "New investors include SAP and HPE", "a syndicate of investors that includes Microsoft": the round's company
    // is named elsewhere.
    int k0 = hedgedInclude(v, v.is(after, "that", "which", "who") ? after + 1 : after);
    // "Other participants were X and Y": a copula after the sentence's opening noun lists them too.
    boolean opening = cue.first() <= 3 && v.mentions.stream().noneMatch(m -> m.first() < cue.first());
    if (before == null && (v.include(k0) || opening && v.copula(k0) && v.mentionAt(k0 + 1) != null
        && !v.mentionAt(k0 + 1).possessive())) {
      Reading stage = stage(v, cue, reading);
      for (EntityMention investor : NounPhrases.list(v, k0 + 1)) {
        out.implicitDeal(v, sentence, investor, Optional.empty(), stage);
      }
      return;
    }
    if (!v.is(after, "in", "of") && AmongFrame.read(v, sentence, cue.first(), reading, out)) {
      return;
    }
    // "X, an early investor in Y", "X is among the investors in Y", "investors in Y include X".
    if (v.is(after, "in", "of")) {
      List<EntityMention> investees = NounPhrases.phrase(v, after + 1);
      if (investees.isEmpty()) {
        // "Investors in the round include X and Y": the round's company is named elsewhere.
        for (int k = after + 1; k < Math.min(v.size(), after + 7); k++) {
          // "Participants in the round are X and Y" lists them as "include" does.
          int h = hedgedInclude(v, k);
          if (v.include(h) || v.copula(h)) {
            for (EntityMention investor : NounPhrases.list(v, h + 1)) {
              out.implicitDeal(v, sentence, investor, Optional.empty(), stage(v, cue, reading));
            }
            return;
          }
        }
        // "X and Y were among its backers in the latest round".
        AmongFrame.read(v, sentence, cue.first(), reading, out);
        return;
      }
      int k = investees.get(investees.size() - 1).end();
      List<EntityMention> investors;
      if (v.include(k) || v.is(k, "such", "like")) {
        PhraseIndex.Match<String> intro = v.cueAt("competition:list-intro", k);
        investors = NounPhrases.list(v, intro != null ? intro.end() : k + 1);
      } else {
        investors = Slots.subject(v, cue.first());
      }
      for (EntityMention a : investors) {
        for (EntityMention b : investees) {
          out.deal(v, sentence, a, b, Optional.empty(), reading);
        }
      }
    }
  }

  /**
   * Reads "Its existing backers — A, B and C — are putting up the rest" and "The other investors — A and B —
   * contributed $N": the names between the dashes are the plural noun's members, investors of its owner or, with no
   * owner, of the round's company.
   */
  private static boolean dashedList(View v, int sentence, PhraseIndex.Match<String> cue, EntityMention owner,
      Reading reading, Collected out) {
    List<EntityMention> investors = NounPhrases.list(v, cue.end() + 1);
    if (investors.isEmpty() || !v.is(investors.get(investors.size() - 1).end(), "-", "--")) {
      return false;
    }
    for (EntityMention investor : investors) {
      if (owner != null) {
        out.deal(v, sentence, investor, owner, Optional.empty(), reading);
      } else {
        out.implicitDeal(v, sentence, investor, Optional.empty(), stage(v, cue, reading));
      }
    }
    return true;
  }

  /**
   * Returns the stage of the clause that governs an unowned investor noun ("is in talks to raise $N from investors
   * including X"), so that one statement makes one deal; a stake held otherwise.
   */
  private static Reading stage(View v, PhraseIndex.Match<String> cue, Reading held) {
    Reading clause = StatusReader.read(v, 0, cue.first(), cue.end(), cue.first(), null, -1);
    return clause.status().filter(s -> s != Status.COMPLETED).isPresent()
        ? new Reading(clause.status(), held.denied(), Reading.Era.UNKNOWN, false) : held;
  }

  /**
   * Returns the token before the determiners and adjectives that open an investor noun phrase: "another", "an
   * early", "both", "its longtime"; at most three adjectives.
   */
  private int pastQualifiers(View v, int k) {
    int adjectives = 0;
    while (k >= 0 && v.mention(k) == null) {
      if (v.is(k, "of") && !v.is(k - 1, "one", "another", "some", "all", "both", "each", "many", "several", "most")) {
        // "the models of its own shareholder": the phrase's head is the noun before "of", not the investor noun.
        break;
      }
      if (v.is(k, "another", "an", "a", "the", "one", "of", "both", "all", "its", "their")
          || v.copula(k - 1) && words.adverbs.contains(v.low(k))) {
        // "is also an Anthropic shareholder": the adverb belongs to the copula.
        k--;
      } else if (adjectives < 3 && v.tok(k).type() == Token.Type.WORD && !v.tok(k).capitalised()
          && !clauseWord.test(v.low(k)) && !v.copula(k) && !words.prepositions.contains(v.low(k)) && !words.relatives.contains(v.low(k))
          && !v.is(k, "and", "or", "as", "among", "but")) {
        adjectives++;
        k--;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * Returns the sum of "Y's largest shareholder with more than $13 billion invested" (or "committed"): the holder's
   * own stake, stated right after the noun.
   */
  private static Optional<dev.dealgraph.extract.Amount> sumInvested(View v, int after) {
    dev.dealgraph.extract.money.Money m = v.is(after, "with") ? v.money(after + 1) : null;
    return m != null && m.first() == after + 1 && m.role().investable()
        && v.is(m.end(), "invested", "committed", "put") ? m.amount() : Optional.empty();
  }

  /**
   * Returns where "include" stands when a hedge of reporting comes first ("were reported to include", "are said to
   * include"), so that the list after it is read as after "include"; otherwise {@code k}.
   */
  private static int hedgedInclude(View v, int k) {
    return v.copula(k) && v.is(k + 1, "reported", "said", "understood", "believed", "thought") && v.is(k + 2, "to")
        && v.include(k + 3) ? k + 3 : k;
  }
}
