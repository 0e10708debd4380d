package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds investments stated by nouns: "X's $N investment in Y", "a stake in Y" taken by a subject, "the
 * investment by X in Y", "Y received an investment from X", "$N in investment"; investor nouns ("X, an investor
 * in Y") are left to {@link InvestorNouns}.
 *
 * <p>About 350 lines because the walk left of the noun (modifiers, owner, price) and the walk right of it
 * (investee, investor, figure) decide together who is which side of the deal.
 */
final class NounFinder {

  private static final int MODIFIER_REACH = 6;
  private static final Set<String> RECEIVERS = Set.of("received", "receives", "receive", "secured", "secures",
      "got", "gets", "landed", "lands", "won", "wins", "attracted", "attracts", "welcomed", "welcomes", "accepted",
      "accepts", "took", "takes", "raised", "raises", "closed", "closes", "drew", "draws", "drawn");

  /** Verbs that take a stake or shares as their object: "bought stakes", "acquired shares". */
  private static final Set<String> BUYERS = Set.of("bought", "buys", "buy", "buying", "purchased", "purchases",
      "acquired", "acquires", "holds", "held", "owns", "owned", "sold", "sells");

  private final Vocabulary words;
  private final InvestorNouns investorNouns;

  NounFinder(Vocabulary words) {
    this.words = words;
    this.investorNouns = new InvestorNouns(words, this::clauseWord);
  }

  /** Adds the noun-anchored investments of a sentence, skipping tokens a verb already anchored. */
  void find(View v, int sentence, boolean[] used, Collected out) {
    for (Money m : v.money) {
      possessedAmount(v, sentence, m, used, out);
    }
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (used[cue.first()] || v.mention(cue.first()) != null) {
        continue;
      }
      if (cue.value().equals("trigger:noun")) {
        noun(v, sentence, cue, out);
      } else if (cue.value().equals("trigger:investor-noun")) {
        investorNouns.find(v, sentence, cue, out);
      } else if (cue.value().equals("trigger:deal-noun") && cue.first() <= 1 && v.is(cue.first() - 1, "the", "this")
          && v.mentions.stream().noneMatch(EntityMention::named)) {
        // "The deal, worth about $1 billion, …": a figure for the deal the sentences before described.
        anaphoricAmount(v, sentence, cue.end(), out);
      } else if (cue.value().equals("trigger:estimate") && v.mentions.stream()
          .noneMatch(m -> m.named() && m.form() != EntityMention.Form.PERSON && m.first() < cue.first())) {
        // "People familiar with the terms put it at about $10 billion": the figure of the deal just described; a
        // name after the figure ("consumed as computing time on Azure") does not make it another deal.
        anaphoricAmount(v, sentence, cue.end(), out);
      }
    }
  }

  private void noun(View v, int sentence, PhraseIndex.Match<String> cue, Collected out) {
    String noun = String.join(" ", v.sentence.tokens().subList(cue.first(), cue.end()).stream()
        .map(Token::lower).toList());
    Set<String> preps = words.nounPrepositions.getOrDefault(noun, Set.of("in"));
    if (noun.endsWith("ing") && words.determiners.contains(v.low(cue.end()))) {
      // "with Globex holding the larger share": an -ing word that takes an object is a verb, not the noun.
      return;
    }
    if (NounPhrases.RELATIONAL.contains(v.low(cue.end())) || v.is(cue.end(), "firm", "vehicle", "house", "company")) {
      // "Hooli's investment unit", "an investment firm": the noun names an organization, not a deal.
      return;
    }
    // Walk left over the noun's modifiers to its determiner or possessor.
    EntityMention possessor = null;
    EntityMention compound = null;
    Optional<Amount> amount = Optional.empty();
    boolean crossedVerb = false;
    int k = cue.first() - 1;
    int stop = Math.max(0, cue.first() - MODIFIER_REACH);
    while (k >= stop) {
      Money m = v.money(k);
      EntityMention e = v.mention(k);
      int open = v.is(k, ")") ? glossStart(v, k) : -1;
      if (open >= 0) {
        // "a ₩250 billion (about $180 million) injection": the gloss restates the figure before it.
        k = open - 1;
      } else if (m != null) {
        if (amount.isEmpty() && m.role().investable()) {
          amount = m.amount();
        }
        k = m.first() - 1;
      } else if (e != null) {
        if (e.possessive()) {
          possessor = e;
          k = e.first();
          break;
        }
        if (compound != null || e.end() != k + 1 || crossedVerb) {
          // "Brackwater and Dunmore also bought stakes": a name left of a verb is the subject, not a modifier.
          break;
        }
        compound = e;
        k = e.first() - 1;
      } else if (words.determiners.contains(v.low(k)) || v.tok(k).type() == Token.Type.PUNCT && !v.is(k, "-")) {
        break;
      } else {
        crossedVerb |= clauseWord(v.low(k));
        k--;
      }
    }
    int modifiersFrom = Math.max(k, 0);
    if (NounFigures.runningTotal(v, modifiersFrom, cue.first())) {
      // "taking its total commitment to the lab to $8 billion": a sum of all deals so far, no deal of its own.
      return;
    }
    int price = k;
    while (price > 0 && price > k - 4 && !v.is(price, "for") && v.mention(price) == null && v.money(price) == null) {
      price--;
    }
    if (amount.isEmpty() && price >= 1 && v.is(price, "for") && v.money(price - 1) != null
        && v.money(price - 1).role().investable() && NounFigures.paying(v, v.money(price - 1).first() - 1)) {
      // "paid $300 million for a 49% stake in Y": the price of the stake is the investment.
      amount = v.money(price - 1).amount();
    }
    // "$30 billion in investment": an amount right before "in" and the noun.
    if (amount.isEmpty() && cue.first() >= 2 && v.is(cue.first() - 1, "in") && v.money(cue.first() - 2) != null
        && v.money(cue.first() - 2).role().investable()) {
      amount = v.money(cue.first() - 2).amount();
      modifiersFrom = v.money(cue.first() - 2).first();
    }
    if (possessor != null && possessor.form() == EntityMention.Form.PRONOUN && possessor.first() >= 2
        && v.tok(possessor.first() - 1).type() == Token.Type.WORD && v.mention(possessor.first() - 1) == null
        && v.is(possessor.first() - 2, "that", "which", "who")) {
      // "the platform that wrote its biggest cheque": the writer is the relative clause's antecedent, never a
      // company the pronoun could reach beyond it; an antecedent that names no one gives no deal.
      int antecedent = possessor.first() - 3;
      EntityMention writer = v.mention(v.is(antecedent, ",") ? antecedent - 1 : antecedent);
      if (writer == null) {
        return;
      }
      possessor = writer;
    }
    // Right of the noun: "of $N", the investee's preposition, "by X" / "from X".
    // "a Benchmark bet on video", "a Vela investment in Y": a venture firm before the noun makes the bet, it does not
    // receive it; the firm is an investee only where the text makes it one.
    boolean firm = compound != null && possessor == null
        && compound.entity().filter(e -> e.kind() == dev.dealgraph.extract.EntityKind.INVESTOR).isPresent();
    List<EntityMention> investees = compound == null || firm ? List.of() : List.of(compound);
    List<EntityMention> investors = possessor == null ? firm ? List.of(compound) : List.of() : List.of(possessor);
    boolean explicitObject = false;
    boolean ledBy = false;
    // "took a 10% stake in Y for $300 million": the price after a stake is what it cost.
    boolean bought = noun.contains("stake") || noun.contains("holding");
    int end = cue.end();
    int limit = Math.min(v.size(), cue.end() + 10);
    for (int j = cue.end(); j < limit; j++) {
      Money m = v.money(j);
      if (m != null) {
        if (amount.isEmpty() && m.role().investable()
            && (v.is(j - 1, "of", "worth", "totaling", "totalling", "total", "to") || v.is(j - 1, "for") && bought)) {
          amount = m.amount();
        }
        j = m.end() - 1;
        while (j + 1 < v.size() && v.glossed[j + 1]) {
          // "an investment of 250 billion won (about $166 million) in Y": the conversion counts against no reach.
          j++;
          limit = Math.min(v.size(), limit + 1);
        }
        continue;
      }
      if (v.is(j, "in") && v.mentionAt(j + 1) == null && ClauseShapes.dated(v, j + 1)) {
        // "took a small stake in early 2024": a time, not the investee.
        j += 2;
        continue;
      }
      if (amount.isEmpty() && v.is(j, "through", "via") && v.is(j + 1, "a", "an") && v.money(j + 2) != null
          && v.money(j + 2).role().investable()) {
        // "took a stake through a €15 million investment": the sum that bought it.
        amount = v.money(j + 2).amount();
        break;
      }
      if (investees.isEmpty() && preps.contains(v.low(j)) && opensRound(v, j + 1)) {
        // "an investment of ¥300 million in a follow-on round": the round's company is named elsewhere.
        break;
      }
      // "increased its cheque to £4 million": a preposition before a figure introduces no investee.
      if (investees.isEmpty() && preps.contains(v.low(j)) && !v.is(j + 1, "which") && v.money(j + 1) == null) {
        investees = NounPhrases.phrase(v, j + 1);
        if (investees.isEmpty() && v.is(j, "to") && v.tok(j + 1).type() == Token.Type.WORD
            && Character.isLowerCase(v.tok(j + 1).text().charAt(0)) && !v.words.determiners.contains(v.low(j + 1))) {
          // "its cheque to £4 million to fill the gap": an infinitive, not the cheque's recipient.
          break;
        }
        explicitObject = true;
        end = investees.isEmpty() ? j + 1 : investees.get(investees.size() - 1).end();
        j = end - 1;
      } else if (investors.isEmpty() && v.is(j, "was", "were", "is") && v.is(j + 1, "led", "co-led")
          && v.is(j + 2, "by")) {
        // "The investment in Y was led by X": the lead is the investor.
        j++;
        ledBy = true;
      } else if (investors.isEmpty() && (v.is(j, "by", "from") || v.is(j, "led", "co-led") && v.is(j + 1, "by"))) {
        int at = v.is(j, "by", "from") ? j + 1 : j + 2;
        ledBy |= v.is(j, "led", "co-led");
        investors = NounPhrases.phrase(v, at);
        end = investors.isEmpty() ? at : investors.get(investors.size() - 1).end();
        j = end - 1;
      } else if (v.is(j, "of") && shareEnd(v, j + 1) > 0 && v.is(shareEnd(v, j + 1), "in")
          && NounPhrases.phrase(v, shareEnd(v, j + 1) + 1).stream().anyMatch(EntityMention::named)) {
        // "a stake of just under 15% in Y": the stake's size stands between the noun and the company it names, and
        // the reach after the noun grows by its length; "a stake of 27% in it" is left to the readings of pronouns.
        limit = Math.min(v.size(), limit + shareEnd(v, j + 1) - j);
        j = shareEnd(v, j + 1) - 1;
      } else if (!v.is(j, "of", "worth", "-", "total", "totaling", "to") && !(v.is(j, "for") && bought)
          && !(j == cue.end() && v.is(j, "in", "into"))) {
        break;
      }
    }
    int said = NounFigures.statedFigure(v, end);
    if (amount.isEmpty() && possessor != null && said >= 0) {
      // "Meta's investment in Scale AI was $14.3 billion", "…, worth $2bn,": the figure the noun phrase is said to be.
      amount = v.money(said).amount();
    }
    if (ledBy || leading(v, modifiersFrom - 1)) {
      // "X led a $300m investment in Y": the sum is the whole deal's, shared with others, not the lead's own.
      amount = Optional.empty();
    }
    if (investors.isEmpty() && modifiersFrom > 0 && words.commentVerbs.contains(v.low(modifiersFrom - 1))) {
      // "Ana Ruiz described the financing as a vote of confidence": who speaks of a deal does not make it.
      return;
    }
    List<EntityMention> subject = Slots.subject(v, modifiersFrom);
    // "took a stake in Y" buys one: a stake is never what its taker receives from others.
    boolean received = receivedBySubject(v, modifiersFrom) && !noun.contains("stake") && !noun.contains("holding");
    if (investors.isEmpty() && !received) {
      investors = subject;
    }
    if (investors.size() == 1 && v.is(investors.get(0).first() - 1, "joined", "joins", "join", "joining")) {
      // "X joined Y in a $300 million investment": Y is the object of "joined", and the two share the sum.
      List<EntityMention> joiners = new java.util.ArrayList<>(Slots.subject(v, investors.get(0).first() - 1));
      joiners.addAll(investors);
      investors = joiners;
    } else if (investees.isEmpty() && received) {
      investees = subject;
    }
    boolean relative = false;
    if (investees.isEmpty() && !explicitObject) {
      investees = ClauseShapes.relativeObject(v, investors);
      relative = !investees.isEmpty();
    }
    Reading reading = StatusReader.read(v, InvestmentFinder.from(v, subject, modifiersFrom), cue.first(),
        cue.end(), StatusReader.after(v, end), null, modifiersFrom);
    if (reading.status().isEmpty() && Purpose.commitment(v, cue.first())
        && investors.stream().anyMatch(EntityMention::possessive)) {
      // "SoftBank's $30 billion commitment": a commitment its owner has made is in place, as the guidelines read it.
      reading = new Reading(Optional.of(dev.dealgraph.extract.Status.COMPLETED), reading.denied(), reading.era(),
          reading.tranche());
    }
    if (investors.isEmpty() && investees.isEmpty()) {
      if (amount.isPresent() && !reading.denied() && v.is(modifiersFrom, "the", "this", "that")) {
        out.anaphors.add(new Finding.Anaphor(amount.get(), sentence));
      } else if (amount.isEmpty() && v.is(modifiersFrom, "the", "this", "that")) {
        anaphoricAmount(v, sentence, end, out);
      }
      return;
    }
    if (investees.isEmpty() && investors.size() == 1 && v.is(cue.first() - 1, "other") && noun.endsWith("s")) {
      // "selling other holdings to fund its plans": one holder's other stakes name no company.
      return;
    }
    if (investees.isEmpty() && sold(v, cue.first())) {
      // "before selling a controlling stake to Hyundai": the seller of a stake puts no money in.
      return;
    }
    if (investees.isEmpty()) {
      if (!explicitObject) {
        // "Anthropic relies on Google, which also holds a stake": the stake is in the sentence's subject when that
        // company has received money before; otherwise each investor took its own in the company named before.
        List<EntityMention> main = Slots.mainSubject(v, -1);
        EntityMention company = main.size() == 1 && !investors.contains(main.get(0)) && !main.get(0).possessive()
            && main.get(0).entity().filter(out::received).isPresent() ? main.get(0) : null;
        for (EntityMention investor : investors) {
          if (company != null) {
            out.deal(v, sentence, investor, company, investors.size() == 1 ? amount : Optional.empty(), reading);
          } else {
            out.implicitDeal(v, sentence, investor, investors.size() == 1 ? amount : Optional.empty(), reading);
          }
        }
      }
      return;
    }
    Optional<Amount> own = investors.size() == 1 && investees.size() == 1 ? amount : Optional.empty();
    for (EntityMention a : investors) {
      for (EntityMention b : investees) {
        out.deal(v, sentence, a, b, own, reading, relative);
      }
    }
  }

  /** "Microsoft's roughly $13 billion in OpenAI": an amount owned by an investor and placed in an investee. */
  private static void possessedAmount(View v, int sentence, Money m, boolean[] used, Collected out) {
    EntityMention owner = v.mention(m.first() - 1);
    if (owner == null || !owner.possessive() || !m.role().investable() || m.end() >= v.size()
        || !v.is(m.end(), "in", "into") || used[m.first()]) {
      return;
    }
    List<EntityMention> investees = NounPhrases.phrase(v, m.end() + 1);
    if (investees.size() != 1) {
      return;
    }
    int end = investees.get(0).end();
    Reading reading = StatusReader.read(v, owner.end(), m.first(), m.end(), StatusReader.after(v, end), null,
        owner.first());
    out.deal(v, sentence, owner, investees.get(0), m.amount(), reading);
  }

  /** "The potential investment, which could total between $4 billion and $6 billion": an amount for the deal. */
  private static void anaphoricAmount(View v, int sentence, int from, Collected out) {
    for (int j = from; j < Math.min(v.size(), from + 8); j++) {
      Money m = v.money(j);
      if (m != null && m.amount().isPresent() && m.role().investable()) {
        // "The financing follows a $500 million round": a round's total is no one investor's sum.
        if (m.role() != dev.dealgraph.extract.money.AmountRole.ROUND) {
          out.anaphors.add(new Finding.Anaphor(m.amount().get(), sentence));
        }
        return;
      }
      if (v.mention(j) != null || v.is(j, ";", ":", ".")) {
        return;
      }
    }
  }

  /** Returns true when a verb of selling governs the stake noun at {@code noun}: "selling a controlling stake". */
  private static boolean sold(View v, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - MODIFIER_REACH); k--) {
      if (v.is(k, "sold", "sells", "sell", "selling", "divested", "offloaded", "unloaded")) {
        return true;
      }
      if (v.mention(k) != null || v.tok(k).type() == Token.Type.PUNCT) {
        return false;
      }
    }
    return false;
  }

  /** Returns true when the words from {@code k} are an unnamed round: "a follow-on round", "its Series B". */
  static boolean opensRound(View v, int k) {
    int limit = Math.min(v.size(), k + 6);
    for (int j = k; j < limit; j++) {
      if (v.mention(j) != null || v.money(j) != null || v.tok(j).type() == Token.Type.PUNCT && !v.is(j, "-")) {
        return false;
      }
      if (v.cueAt("trigger:round-noun", j) != null) {
        return true;
      }
    }
    return false;
  }

  /** Returns true for a word that belongs to the clause rather than to a noun phrase: a verb or an adverb. */
  boolean clauseWord(String lower) {
    return words.adverbs.contains(lower) || words.auxiliaries.contains(lower) || words.verbs.containsKey(lower)
        || RECEIVERS.contains(lower) || BUYERS.contains(lower);
  }

  private static boolean receivedBySubject(View v, int nounStart) {
    int k = nounStart - 1;
    while (k >= 0 && (v.words.determiners.contains(v.low(k)) || v.low(k).endsWith("ly"))) {
      k--;
    }
    return k >= 0 && RECEIVERS.contains(v.low(k));
  }

  /** Returns true for a verb of leading others: "led", "co-leads", "headed", "spearheaded". */
  private boolean leading(View v, int k) {
    Verb verb = words.verbs.get(v.low(k));
    return verb != null && (verb.lemma().equals("lead") || verb.lemma().equals("co-lead"))
        || v.is(k, "headed", "heads", "spearheaded", "spearheads");
  }

  /** Returns where a parenthesis closed at {@code close} opens when it holds only an amount, else -1. */
  private static int glossStart(View v, int close) {
    for (int k = close - 1; k >= Math.max(0, close - 8); k--) {
      if (v.is(k, "(")) {
        return v.money(k - 1) != null ? k : -1;
      }
      if (v.mention(k) != null || v.is(k, ",", ";", ".")) {
        return -1;
      }
    }
    return -1;
  }

  /** Returns the index after a share such as "just under 15%" or "about 20 percent" at {@code k}, or -1. */
  private static int shareEnd(View v, int k) {
    int h = k;
    while (h < Math.min(v.size(), k + 4) && v.is(h, "just", "under", "over", "about", "nearly", "almost", "roughly",
        "around", "some", "more", "less", "than", "a", "little", "slightly")) {
      h++;
    }
    if (h >= v.size() || v.tok(h).type() != Token.Type.NUMBER) {
      return -1;
    }
    if (v.is(h + 1, "%", "percent")) {
      return h + 2;
    }
    return v.is(h + 1, "per") && v.is(h + 2, "cent") ? h + 3 : -1;
  }
}
