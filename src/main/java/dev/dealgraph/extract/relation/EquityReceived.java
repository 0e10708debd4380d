package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.AmountRole;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.List;
import java.util.Optional;

/**
 * Reads shares taken in a deal or a listing: "as part of the agreement, X received $350 million of Y stock",
 * "X bought $90 million of shares in Y", "X anchored the Y IPO with a $250 million order". The holder of the
 * shares invests in their issuer (lexicon sections equity-noun, equity-verb and listing-noun of triggers.txt).
 */
final class EquityReceived {

  /** How many words a verb of taking shares may stand before the sum: "received a further $N". */
  private static final int VERB_REACH = 4;

  private EquityReceived() {}

  /**
   * Adds the deals of shares taken that sentence {@code k} states; a round the sentence gave the holder, as if it
   * had raised the money, is taken back.
   */
  static void find(View v, int k, Collected out, int roundsBefore, EntityMention topic) {
    for (Money m : v.money) {
      int verb = takingVerb(v, m.first());
      // "will buy $12 million of Y stock": a purchase reads as a contract until the shares name what is bought.
      if (verb < 0 || !m.role().investable() && m.role() != AmountRole.CONTRACT) {
        continue;
      }
      EntityMention issuer = issuer(v, m.end());
      if (issuer == null && unnamedShares(v, m.end())) {
        // ", buying $90 million of shares": the shares of the listing the sentence names.
        issuer = listingOwner(v, topic);
      }
      List<EntityMention> holders = Slots.subject(v, verb);
      if (issuer == null || holders.isEmpty() || holders.contains(issuer)) {
        continue;
      }
      Reading reading = reading(v, verb);
      for (EntityMention holder : holders) {
        out.deal(v, k, holder, issuer, holders.size() == 1 || v.is(m.end(), "each") ? m.amount() : Optional.empty(),
            reading);
        holder.entity().ifPresent(h -> out.rounds.subList(roundsBefore, out.rounds.size())
            .removeIf(r -> r.investee().filter(e -> e.name().equals(h.name())).isPresent()));
      }
    }
    anchors(v, k, out, topic);
  }

  /** Reads the stage of a taking of shares from the sentence's cues and the form of its verb at {@code verb}. */
  private static Reading reading(View v, int verb) {
    return StatusReader.read(v, 0, verb, verb + 1, v.size(), v.words.verbs.get(v.low(verb)), -1);
  }

  /** Returns the verb of taking shares standing shortly before a sum, or -1. */
  private static int takingVerb(View v, int sum) {
    for (int j = sum - 1; j >= Math.max(0, sum - VERB_REACH); j--) {
      if (v.cueAt("trigger:equity-verb", j) != null) {
        return j;
      }
      if (v.mention(j) != null || Slots.boundary(v, j)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Returns whose shares a sum buys, read after it: "of Y stock", "of Y's equity", "in shares of Y",
   * "worth of new shares in Y"; null when the shares' issuer is not named there.
   */
  private static EntityMention issuer(View v, int after) {
    int j = v.is(after, "worth") ? after + 1 : after;
    if (!v.is(j, "of", "in")) {
      return null;
    }
    EntityMention named = v.mentionAt(j + 1);
    if (named != null) {
      int end = v.is(named.end(), "'s", "’s") ? named.end() + 1 : named.end();
      return equityNoun(v, end) > 0 ? named : null;
    }
    int noun = equityNoun(v, j + 1);
    return noun > 0 && v.is(noun, "in", "of") ? v.mentionAt(noun + 1) : null;
  }

  /** Returns true when shares of no named issuer follow a sum: "$90 million of shares", "$5m worth of stock". */
  private static boolean unnamedShares(View v, int after) {
    int j = v.is(after, "worth") ? after + 1 : after;
    return v.is(j, "of", "in") && equityNoun(v, j + 1) > 0;
  }

  /** Returns where an equity noun starting at {@code k} ends ("stock", "new shares"), or -1. */
  private static int equityNoun(View v, int k) {
    PhraseIndex.Match<String> noun = v.cueAt("trigger:equity-noun", k);
    return noun == null ? -1 : noun.end();
  }

  /**
   * Returns the company whose listing the sentence names ("Y's IPO", "the Y listing", "the IPO of Y"), the
   * article's subject for a listing it does not name, or null without a listing.
   */
  private static EntityMention listingOwner(View v, EntityMention topic) {
    for (PhraseIndex.Match<String> noun : v.cues) {
      if (noun.value().equals("trigger:listing-noun")) {
        EntityMention owner = ownerBefore(v, noun.first());
        if (owner == null && v.is(noun.end(), "of")) {
          owner = v.mentionAt(noun.end() + 1);
        }
        return owner != null ? owner : topic;
      }
    }
    return null;
  }

  /** Returns the name right before a listing noun, past an apostrophe: "Y's IPO", "the Y IPO". */
  private static EntityMention ownerBefore(View v, int noun) {
    int j = v.is(noun - 1, "'s", "’s") ? noun - 2 : noun - 1;
    return v.mention(j);
  }

  /**
   * "X anchored the Y IPO with a $250 million order", "X was a cornerstone investor in Y's listing": the investor
   * of a listing invests in the listed company, with the sum of its order when the sentence states one.
   */
  private static void anchors(View v, int k, Collected out, EntityMention topic) {
    for (PhraseIndex.Match<String> noun : v.cues) {
      if (!noun.value().equals("trigger:listing-noun")) {
        continue;
      }
      int verb = anchorVerb(v, noun.first());
      EntityMention owner = listingOwner(v, topic);
      List<EntityMention> investors = verb < 0 ? List.of() : Slots.subject(v, verb);
      if (owner == null || investors.size() != 1 || investors.contains(owner)) {
        continue;
      }
      Optional<Amount> order = Optional.empty();
      for (int j = noun.end(); j < v.size() && order.isEmpty() && !Slots.boundary(v, j); j++) {
        Money m = v.money(j);
        if (m != null && m.role().investable()) {
          order = m.amount();
        }
      }
      out.deal(v, k, investors.get(0), owner, order, reading(v, verb));
    }
  }

  /** Returns a verb of joining a round or an investor noun a few words before a listing noun, or -1. */
  private static int anchorVerb(View v, int noun) {
    for (int j = noun - 1; j >= Math.max(0, noun - 6); j--) {
      Verb verb = v.words.verbs.get(v.low(j));
      if (verb != null && verb.section().equals("verb-round") || v.cueAt("trigger:investor-noun", j) != null) {
        return j;
      }
      if (Slots.boundary(v, j) || v.is(j, ",")) {
        return -1;
      }
    }
    return -1;
  }
}
