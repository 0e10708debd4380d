package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.AmountRole;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds investments stated by verbs: "X invests $N in Y" and its kin (pour, inject, commit…), "X backs Y",
 * passives ("Y, backed by X"), compounds ("X-backed Y", "Y, an X-backed startup"), and "in which X has a stake".
 *
 * <p>One piece of about 450 lines because the verb frames share their argument walk and status reading; split
 * apart, each would repeat it.
 */
final class InvestmentFinder {

  /** How far after a verb its amount and its investee's preposition may stand. */
  private static final int OBJECT_REACH = 12;
  private static final Set<String> INTO = Set.of("in", "into", "to");
  private static final Set<AmountRole> SPENT = Set.of(AmountRole.SPENDING, AmountRole.CAPEX, AmountRole.CONTRACT);

  private final Vocabulary words;

  InvestmentFinder(Vocabulary words) {
    this.words = words;
  }

  /** Adds the verb-anchored investments of a sentence; returns the tokens that anchored one. */
  boolean[] find(View v, int sentence, Collected out) {
    boolean[] used = new boolean[v.size()];
    for (int i = 0; i < v.size(); i++) {
      if (v.is(i, "-") && !v.tok(i).spaceBefore() && i + 1 < v.size() && words.participles.contains(v.low(i + 1))
          && v.mention(i - 1) != null && v.mention(i - 1).named()) {
        used[i + 1] |= compound(v, sentence, i, out);
      }
      if (v.mention(i) != null) {
        continue;
      }
      Verb verb = words.verbs.get(v.low(i));
      if (verb != null && v.tok(i).type() == dev.dealgraph.extract.text.Token.Type.WORD
          && verb.completedAt(v, i)) {
        boolean found = switch (verb.section()) {
          case "verb-into" -> into(v, sentence, i, verb, out);
          case "verb-object" -> object(v, sentence, i, verb, out);
          default -> false;
        };
        used[i] = found;
      }
    }
    return used;
  }

  /** "X invests $N in Y", "X has poured billions into Y", "$N was invested in Y by X". */
  private boolean into(View v, int sentence, int i, Verb verb, Collected out) {
    int k = i + 1;
    Optional<Amount> amount = Optional.empty();
    boolean added = false;
    boolean spent = false;
    boolean purpose = false;
    boolean roundObject = false;
    List<EntityMention> investees = null;
    int objectEnd = i + 1;
    int limit = Math.min(v.size(), i + OBJECT_REACH);
    List<EntityMention> gapped = new java.util.ArrayList<>();
    List<Optional<Amount>> gappedAmounts = new java.util.ArrayList<>();
    List<Optional<Amount>> respective = new java.util.ArrayList<>();
    boolean respectively = false;
    // "A and B each committed $12 billion", "each will put in": the sum is every subject's own.
    boolean each = v.is(i - 1, "each") || v.is(i - 2, "each") && v.words.auxiliaries.contains(v.low(i - 1));
    while (k < limit) {
      Money share = amount.isEmpty() ? PercentShare.at(v, k) : null;
      Money m = share != null ? share : v.money(k);
      if (m != null) {
        if (amount.isEmpty() && m.role().investable()) {
          amount = m.amount();
          added = FurtherSums.added(v, m);
        }
        spent |= amount.isEmpty() && SPENT.contains(m.role());
        k = m.end();
        while (k < v.size() && v.glossed[k]) {
          // "invest £500m, or about $680m, in Y": the conversion and its marks stand between sum and company, and
          // count against no reach.
          k++;
          limit = Math.min(v.size(), limit + 1);
        }
        // "invested $40 million of his own money in Y": whose money it was, not what it bought.
        k = FurtherSums.ownFunds(v, k);
        respective.add(m.amount());
        each |= v.is(k, "each", "apiece");
        limit = Math.min(v.size(), Math.max(limit, k + 6));
        EntityMention owner = v.is(k, "of") ? v.mentionAt(k + 1) : null;
        if (owner != null && owner.possessive() && roundAhead(v, owner.end())) {
          // "provided €100 million of Acme's first financing round": the round's owner is the investee.
          investees = List.of(owner);
          objectEnd = owner.end();
          break;
        }
        if (v.is(k, "of") && v.is(k + 1, "it", "that", "this")) {
          // "contributed $1 billion of it": a share of the round named before, not an investee.
          k += 2;
          continue;
        }
        if (v.is(k, "and", ",") && v.money(k + 1) != null) {
          // "up to $2 billion and up to $4 billion, respectively": one sum per investor, in order.
          k++;
          continue;
        }
        if (v.is(k, "respectively") || v.is(k, ",") && v.is(k + 1, "respectively")) {
          k = v.is(k, "respectively") ? k + 1 : k + 2;
          k = v.is(k, ",") ? k + 1 : k;
          limit = Math.min(v.size(), Math.max(limit, k + 6));
          respectively = true;
          continue;
        }
        // "Microsoft will invest up to $5 billion and Nvidia up to $10 billion in Anthropic".
        EntityMention other = v.is(k, "and") ? v.mentionAt(k + 1) : null;
        if (other != null && v.money(other.end()) != null) {
          gapped.add(other);
          gappedAmounts.add(v.money(other.end()).amount());
          k = v.money(other.end()).end();
        }
        // Amounts do not count against the reach: "invest up to $5 billion and Nvidia up to $10 billion in".
        limit = Math.min(v.size(), Math.max(limit, k + 6));
        continue;
      }
      if (v.is(k, "in") && (v.money(k + 1) != null || FurtherSums.at(v, k + 1) != null
          || v.is(k + 1, "money", "cash", "capital", "funds", "funding"))) {
        // "put in about $1 billion", "put in a further $2 billion": a particle, not the investee's preposition.
        k++;
        continue;
      }
      if (v.is(k, "in") && v.mentionAt(k + 1) == null && ClauseShapes.dated(v, k + 1)) {
        // "invested €15 million in early 2024": a time, not the investee.
        k++;
        continue;
      }
      if (amount.isPresent() && Purpose.infinitive(v, k)) {
        // "put in $50 million to develop chips": a purpose, the company is left to the context.
        purpose = true;
        break;
      }
      if (v.is(k, "for") && amount.isPresent()) {
        // "invested $300 million for a 5 per cent stake in Y": what the sum bought leads to the company.
        limit = Math.min(v.size(), Math.max(limit, k + 8));
      }
      if (INTO.contains(v.low(k)) || v.is(k, "on") && verb.lemma().equals("bet")
          || v.is(k, "of") && v.is(k - 1, "%", "percent", "cent") && v.mentionAt(k + 1) != null) {
        investees = NounPhrases.phrase(v, k + 1);
        objectEnd = investees.isEmpty() ? k + 1 : investees.get(investees.size() - 1).end();
        roundObject = investees.isEmpty() && (roundAhead(v, k + 1) || Purpose.financingPart(v, k + 1));
        break;
      }
      if (v.is(k, "(")) {
        // "₹43,574 crore (about $5.7 billion)": a gloss inside parentheses.
        int close = k + 1;
        while (close < limit && !v.is(close, ")")) {
          close++;
        }
        if (v.is(close, ")")) {
          k = close + 1;
          continue;
        }
      }
      if (v.is(k, ",") && v.money(k + 1) != null && v.is(k - 1, "bulk", "most", "majority", "share", "half")) {
        // "contributed the bulk, about $400 million": the sum restates the portion.
        k++;
        continue;
      }
      if (v.mention(k) != null || Slots.boundary(v, k) || v.is(k, ",")) {
        break;
      }
      k++;
    }
    if (investees == null && amount.isPresent()) {
      // "will put in $1 billion now and the rest next year": the cues after the sum still describe the deal.
      objectEnd = Math.max(objectEnd, k);
    }
    boolean passive = passive(v, i, verb);
    List<EntityMention> investors = passive ? byAgent(v, objectEnd) : Slots.subject(v, i);
    if (!passive && investors.isEmpty()) {
      // "its commitment to invest up to $30 billion in Y": the owner of the intent invests.
      investors = Purpose.intentOwner(v, i);
    }
    boolean standing = !passive && Purpose.standing(v, i) && !Purpose.intentOwner(v, i).isEmpty();
    if (investors.isEmpty() && sentence == 0 && amount.isPresent() && investees != null && investees.size() == 1
        && ClauseShapes.describedSubject(v, i)) {
      // "State fund to put 250 billion won into Y": the body names the fund; its deal takes the sum.
      Amount sum = amount.get();
      out.receiving(v, investees.get(0))
          .ifPresent(company -> out.headlineSums.add(new Finding.HeadlineSum(company, sum, sentence)));
      return true;
    }
    if (!passive && !investors.isEmpty()) {
      investors = new java.util.ArrayList<>(investors);
      investors.addAll(NounPhrases.coInvestors(v, objectEnd));
    }
    if (passive && (investees == null || investees.isEmpty())) {
      investees = Slots.subject(v, i);
    }
    boolean relative = false;
    if (investees == null || investees.isEmpty()) {
      investees = ClauseShapes.relativeObject(v, investors);
      relative = !investees.isEmpty();
    }
    if (amount.isEmpty() && !investors.isEmpty()) {
      amount = ClauseShapes.relativisedAmount(v, investors.get(0).first());
    }
    if (ClauseShapes.collectiveSubject(v, i)) {
      // "X is part of a group investing $300m in Y": the group's sum, shared by its members.
      amount = Optional.empty();
    }
    EntityMention trailing = investees != null && investees.size() == 1 && v.is(objectEnd, "and")
        ? v.mentionAt(objectEnd + 1) : null;
    if (trailing != null && v.money(trailing.end()) != null && v.money(trailing.end()).role().investable()) {
      // "invested $8 billion in Y and Z $2 billion": the gapped investor puts its own sum into the same company.
      gapped.add(trailing);
      gappedAmounts.add(v.money(trailing.end()).amount());
    }
    if (!gapped.isEmpty() && investors.size() == 1) {
      // "SoftBank contributed $500 million and Nvidia about $100 million": each its own sum.
      Reading reading = StatusReader.read(v, from(v, investors, i), i, i + 1, StatusReader.after(v, objectEnd),
          verb, -1);
      for (int g = 0; g < gapped.size(); g++) {
        if (investees != null && investees.size() == 1) {
          out.deal(v, sentence, gapped.get(g), investees.get(0), gappedAmounts.get(g), reading);
        } else if (investees == null || investees.isEmpty()) {
          out.implicitDeal(v, sentence, gapped.get(g), gappedAmounts.get(g), reading);
        }
      }
    }
    Reading reading = StatusReader.read(v, from(v, investors, i), i, i + 1, StatusReader.after(v, objectEnd), verb, -1);
    if (standing) {
      reading = new Reading(Optional.of(dev.dealgraph.extract.Status.COMPLETED), reading.denied(), reading.era(),
          reading.tranche());
    }
    if (respectively && respective.size() == investors.size() && investees != null && investees.size() == 1) {
      for (int r = 0; r < investors.size(); r++) {
        out.deal(v, sentence, investors.get(r), investees.get(0), respective.get(r), reading);
      }
      return true;
    }
    if (each && respective.size() == 1 && investors.size() > 1 && (investees == null || investees.size() <= 1)) {
      // "X, Y and Z invested ¥3 billion each": every investor put in the sum.
      boolean named = investees != null && !investees.isEmpty();
      for (EntityMention investor : investors) {
        if (named) {
          out.deal(v, sentence, investor, investees.get(0), amount, reading);
        } else {
          out.implicitDeal(v, sentence, investor, amount, reading);
        }
      }
      return named;
    }
    boolean eachInvestee = v.is(objectEnd, "respectively")
        || v.is(objectEnd, ",") && v.is(objectEnd + 1, "respectively");
    if (eachInvestee && investors.size() == 1 && investees != null && respective.size() == investees.size()
        && investees.size() > 1) {
      // "put £500m and $500m into A and B respectively": one sum per company, in order.
      for (int r = 0; r < investees.size(); r++) {
        out.deal(v, sentence, investors.get(0), investees.get(r), respective.get(r), reading);
      }
      return true;
    }
    if (investors.size() == 1 && investees != null && investees.size() == 1) {
      // "invested £200 million in A and $300 million in B": a further sum with its own company.
      for (int h = objectEnd; v.is(h, "and", ","); ) {
        int at = v.is(h, ",") && v.is(h + 1, "and") ? h + 2 : h + 1;
        Money next = v.money(at);
        if (next == null) {
          break;
        }
        EntityMention company = INTO.contains(v.low(next.end())) ? v.mentionAt(next.end() + 1) : null;
        if (company == null || !company.named() || !next.role().investable()) {
          break;
        }
        out.deal(v, sentence, investors.get(0), company, next.amount(), reading);
        h = company.end();
      }
    }
    boolean noObject = investees == null
        || investees.isEmpty() && (roundObject || purpose || !INTO.contains(v.low(k)));
    // "The $300 million X invested last year was its largest bet": an owner opens the next clause, not the object.
    // "X put in $500 million and Y contributed $100 million": a name after "and" opens a clause of its own.
    boolean objectAhead = v.mentionAt(k) != null && !v.mentionAt(k).possessive() && !v.is(k - 1, "and");
    int implicitBefore = out.implicit.size();
    // "pledged billions of pounds for British data centres": spending with no company named is no deal in context.
    boolean found = emit(v, sentence, investors, investees, amount, reading, out, noObject && !objectAhead && !spent,
        relative);
    if (added) {
      // "X, which has poured $6 billion into Y, will invest $2 billion more": the added sum goes to the company the
      // apposition names, which an implicit deal otherwise never takes.
      out.implicit.subList(implicitBefore, out.implicit.size()).forEach(out.asides::remove);
    }
    return found;
  }

  /** "X backs Y", "X funded Y", and the passive "Y, backed by X". */
  private boolean object(View v, int sentence, int i, Verb verb, Collected out) {
    if (i > 0 && v.is(i - 1, "-") || v.is(i + 1, "including", "such", "like", "and", "which", "that", ",", ".", "of",
        "managed", "advised") || i > 0 && words.determiners.contains(v.low(i - 1))) {
      // "sovereign funds including KKR", "the backing", "affiliated funds of X": nouns, not the verb.
      return false;
    }
    int k = i + 1;
    while (k < v.size() && (words.adverbs.contains(v.low(k)) || v.low(k).endsWith("ly"))) {
      k++;
    }
    List<EntityMention> investors;
    List<EntityMention> investees;
    int objectEnd;
    if (v.is(k, "by") && verb.is(Verb.Form.PARTICIPLE)) {
      investors = NounPhrases.phrase(v, k + 1);
      investees = Slots.subject(v, i);
      objectEnd = investors.isEmpty() ? k + 1 : investors.get(investors.size() - 1).end();
      if (investees.isEmpty() && roundBefore(v, i)) {
        // "The round was also backed by X and Y": the round's company is named elsewhere.
        Reading reading = StatusReader.read(v, Math.max(0, i - 6), i, i + 1, StatusReader.after(v, objectEnd), verb,
            -1);
        return emit(v, sentence, investors, List.of(), Optional.empty(), reading, out, true, false);
      }
    } else {
      investees = NounPhrases.phrase(v, k);
      if (ownedThing(v, investees)) {
        // "to fund its AI plans": the object is something the pronoun's company owns, not a company to back.
        return false;
      }
      investors = Slots.subject(v, i);
      objectEnd = investees.isEmpty() ? k : investees.get(investees.size() - 1).end();
      int s = investors.isEmpty() ? -1 : investors.get(0).first();
      if (investees.isEmpty() && s >= 3 && v.is(s - 1, "which") && v.is(s - 2, ",") && v.mention(s - 3) != null) {
        // "Cohere, which Oracle backed with $300 million": the relative pronoun is the object.
        investees = List.of(v.mention(s - 3));
      }
    }
    Optional<Amount> amount = Optional.empty();
    for (int m = objectEnd; m < Math.min(v.size(), objectEnd + 6); m++) {
      // "backed Y with $N", "backed Y to the tune of $N".
      boolean sum = v.is(m - 1, "with") || v.is(m - 1, "of") && v.is(m - 2, "tune");
      if (v.money(m) != null && sum && v.money(m).role().investable() && amount.isEmpty()) {
        amount = v.money(m).amount();
      }
    }
    Reading reading = StatusReader.read(v, from(v, investors, i), i, i + 1, StatusReader.after(v, objectEnd), verb, -1);
    return emit(v, sentence, investors, investees, amount, reading, out, false, false);
  }

  /** "Amazon-backed Anthropic", "the Amazon-backed startup": the investee follows the compound. */
  private boolean compound(View v, int sentence, int dash, Collected out) {
    EntityMention investor = v.mention(dash - 1);
    int k = dash + 2;
    EntityMention investee = v.mention(k);
    if (investee == null && v.mention(dash) != null && v.mention(dash) != investor) {
      // "The Globex-backed lab Initech": the compound sits inside the investee's title.
      investee = v.mention(dash);
    }
    if (investee == null || investee == investor) {
      int named = NounPhrases.titledName(v, k);
      investee = named >= 0 ? v.mention(named) : null;
    }
    if (investee == null) {
      investee = apposedTo(v, investor.first());
    }
    if (investee == null) {
      return false;
    }
    Reading reading = new Reading(Optional.of(dev.dealgraph.extract.Status.COMPLETED),
        StatusReader.denied(v, 0, dash), Reading.Era.EARLIER, false);
    out.deal(v, sentence, investor, investee, Optional.empty(), reading);
    for (EntityMention other : ListItems.suspended(v, investor)) {
      out.deal(v, sentence, other, investee, Optional.empty(), reading);
    }
    return true;
  }

  /** "Initech, a Hooli-backed startup": the name the compound's apposition describes, or null. */
  private static EntityMention apposedTo(View v, int compound) {
    int p = v.is(compound - 1, "a", "an", "the") ? compound - 2 : compound - 1;
    return v.is(p, ",") ? v.mention(p - 1) : null;
  }

  private boolean emit(View v, int sentence, List<EntityMention> investors, List<EntityMention> investees,
      Optional<Amount> amount, Reading reading, Collected out, boolean implicitAllowed, boolean alternatives) {
    if (investors.isEmpty()) {
      return false;
    }
    if (investees == null || investees.isEmpty()) {
      if (implicitAllowed) {
        Optional<Amount> own = investors.size() == 1 ? amount : Optional.empty();
        investors.forEach(investor -> out.implicitDeal(v, sentence, investor, own, reading));
      }
      return false;
    }
    Optional<Amount> own = investors.size() == 1 && investees.size() == 1 ? amount : Optional.empty();
    for (EntityMention a : investors) {
      for (EntityMention b : investees) {
        out.deal(v, sentence, a, b, own, reading, alternatives);
      }
    }
    return true;
  }

  /** Returns true when a round noun stands a few tokens before: "The round was backed by". */
  private static boolean roundBefore(View v, int k) {
    for (int h = k - 1; h >= Math.max(0, k - 5); h--) {
      if (v.cueAt("trigger:round-noun", h) != null) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when a round noun follows within a few tokens: "invest $50 million in a follow-on round". */
  /**
   * Returns true when the object is a possessive pronoun before a common noun that is no round ("its AI plans",
   * "its expansion"), as against "its Series B" or a name.
   */
  private static boolean ownedThing(View v, List<EntityMention> object) {
    if (object.size() != 1 || object.get(0).form() != EntityMention.Form.PRONOUN || !object.get(0).possessive()) {
      return false;
    }
    int k = object.get(0).end();
    return k < v.size() && v.mention(k) == null && v.tok(k).type() == Token.Type.WORD && !roundAhead(v, k);
  }

  private static boolean roundAhead(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + 5); h++) {
      if (v.cueAt("trigger:round-noun", h) != null) {
        return true;
      }
    }
    return false;
  }

  /** Returns where a trigger's clause starts for cue reading: at its subject, or a few tokens back. */
  static int from(View v, List<EntityMention> subject, int trigger) {
    int and = ClauseParts.coordinatedPredicate(v, trigger);
    if (and > 0 && !subject.isEmpty() && subject.get(0).first() < and) {
      // "has invested $40 million in Y, and will commit a further $90 million": the second predicate's own cues.
      return and;
    }
    if (!subject.isEmpty() && subject.get(0).first() < trigger && !v.relative[subject.get(0).first()]) {
      return subject.get(subject.size() - 1).end();
    }
    return Math.max(0, trigger - 6);
  }

  private boolean passive(View v, int i, Verb verb) {
    if (!verb.is(Verb.Form.PARTICIPLE)) {
      return false;
    }
    int p = i - 1;
    while (p >= 0 && (words.adverbs.contains(v.low(p)) || v.low(p).endsWith("ly"))) {
      p--;
    }
    return v.is(p, "is", "are", "was", "were", "been", "being", "be");
  }

  private static List<EntityMention> byAgent(View v, int from) {
    for (int k = from; k < Math.min(v.size(), from + 6); k++) {
      if (v.is(k, "by")) {
        return NounPhrases.phrase(v, k + 1);
      }
    }
    return List.of();
  }

}
