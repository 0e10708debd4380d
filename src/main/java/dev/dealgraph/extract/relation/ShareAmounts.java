package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an investor's part of a deal stated as a noun phrase: "X's own share will be between $N and $M", "X's part
 * of the round: $N", and the price of a stake, "$N for 49% of Y".
 */
final class ShareAmounts {

  /** Words that link a share to its figure: "will be", "came to", "amounted to", ":". */
  private static final Set<String> LINKS = Set.of("is", "was", "will", "would", "could", "should", "be", "come",
      "comes", "came", "amount", "amounts", "amounted", "total", "totals", "totalled", "totaled", "to", ":", "-",
      "expected", "set", "likely");
  private static final int LINK_REACH = 5;
  private static final String[] DEAL_NOUNS = {"stake", "holding", "shares", "investment", "deal", "purchase"};

  private ShareAmounts() {}

  /** Adds the deals whose figure a share or a stake's price states. */
  static void find(View v, int sentence, Collected out) {
    for (EntityMention owner : v.mentions) {
      if (owner.possessive() && owner.form() != EntityMention.Form.PERSON) {
        share(v, sentence, owner, out);
      }
    }
    for (Money m : v.money) {
      stakePrice(v, sentence, m, out);
      pricePaid(v, sentence, m, out);
    }
  }

  /** "X paid $600 million for it", "The stake cost the group $600 million": the price of the deal just told. */
  private static void pricePaid(View v, int sentence, Money m, Collected out) {
    if (m.vague() || !m.role().investable() && m.role() != dev.dealgraph.extract.money.AmountRole.CONTRACT) {
      return;
    }
    int k = m.end();
    boolean paidForIt = NounFigures.paying(v, m.first() - 1) && v.is(k, "for")
        && (v.is(k + 1, "it") || v.is(k + 1, "the", "its", "their") && v.is(k + 2, DEAL_NOUNS));
    EntityMention payer = v.mention(m.first() - 1);
    int cost = payer != null && !payer.possessive() ? payer.first() - 1 : m.first() - 1;
    boolean dealCost = v.is(cost, "cost", "costs") && v.is(cost - 1, DEAL_NOUNS) && v.is(cost - 2, "the", "this");
    if ((paidForIt || dealCost) && !StatusReader.denied(v, 0, m.first())) {
      out.anaphors.add(new Finding.Anaphor(m.amount().get(), sentence));
    }
  }

  /** "Vela's own share will be between $20 billion and $30 billion": the owner's sum in the round of the context. */
  private static void share(View v, int sentence, EntityMention owner, Collected out) {
    int k = v.is(owner.end(), "own") ? owner.end() + 1 : owner.end();
    var noun = v.cueAt("trigger:share-noun", k);
    if (noun == null) {
      return;
    }
    k = noun.end();
    EntityMention investee = null;
    if (v.is(k, "of")) {
      // "of the round", "of it", "of Acme's Series B": the deal the share belongs to.
      EntityMention roundOwner = v.mentionAt(k + 1);
      int h = roundOwner != null && roundOwner.possessive() ? roundOwner.end() : k + 1;
      while (h < Math.min(v.size(), k + 6) && v.cueAt("trigger:round-noun", h) == null && !v.is(h, "it", "that")) {
        h++;
      }
      if (h >= Math.min(v.size(), k + 6)) {
        return;
      }
      investee = roundOwner != null && roundOwner.possessive() ? roundOwner : null;
      var round = v.cueAt("trigger:round-noun", h);
      k = round == null ? h + 1 : round.end();
      if (round != null && v.is(h, "series") && k < v.size() && v.tok(k).text().length() <= 2) {
        // "Series C": the letter names the round.
        k++;
      }
    }
    int links = 0;
    while (k < v.size() && links < LINK_REACH && v.money(k) == null
        && (LINKS.contains(v.low(k)) || v.words.adverbs.contains(v.low(k)) || v.low(k).endsWith("ly"))) {
      k++;
      links++;
    }
    Money m = v.money(k);
    if (links == 0 || m == null || m.vague() || !m.role().investable()) {
      return;
    }
    Reading reading = StatusReader.read(v, owner.end(), noun.first(), noun.end(), StatusReader.after(v, m.end()),
        null, owner.first());
    if (investee == null) {
      out.implicitDeal(v, sentence, owner, m.amount(), reading);
    } else {
      out.deal(v, sentence, owner, investee, m.amount(), reading);
    }
  }

  /** "paid $14.3 billion for 49% of the data-labelling firm": the price of a stake is what the buyer invested. */
  private static void stakePrice(View v, int sentence, Money m, Collected out) {
    int k = m.end();
    if (m.vague() || !m.role().investable() || !v.is(k, "for")) {
      return;
    }
    k = v.is(k + 1, "a", "an") ? k + 2 : k + 1;
    if (v.tok(Math.min(k, v.size() - 1)).type() != dev.dealgraph.extract.text.Token.Type.NUMBER) {
      return;
    }
    k = v.is(k + 1, "%") ? k + 2 : v.is(k + 1, "percent") ? k + 2 : v.is(k + 1, "per") && v.is(k + 2, "cent") ? k + 3
        : -1;
    if (k < 0) {
      return;
    }
    // "for a 49% stake in Y" is read by the stake noun; "a 49% interest in Y" and "49% of Y" are read here.
    k = v.is(k, "interest") ? k + 1 : k;
    EntityMention investee = v.is(k, "of", "in") ? v.mentionAt(k + 1) : null;
    if (investee == null || investee.possessive()) {
      return;
    }
    var subject = Slots.subject(v, m.first());
    Optional<Amount> amount = m.amount();
    Reading reading = StatusReader.read(v, InvestmentFinder.from(v, subject, m.first()), m.first(), m.end(),
        StatusReader.after(v, investee.end()), null, m.first());
    if (subject.size() == 1 && subject.get(0) != investee) {
      out.deal(v, sentence, subject.get(0), investee, amount, reading);
    } else if (subject.isEmpty() && !reading.denied()) {
      // "The price: $14.3 billion for 49% of the firm": the figure of the deal the sentences before described.
      out.anaphors.add(new Finding.Anaphor(amount.get(), sentence));
    }
  }
}
