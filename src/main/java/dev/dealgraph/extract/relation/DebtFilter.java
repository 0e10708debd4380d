package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.money.Money;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes back the deals and rounds a sentence states through a loan: "X secured a $4 billion credit facility from
 * banks including A and B", "a $2bn debt financing led by C". Lending is no equity; a convertible note is (lexicon
 * sections debt-noun and debt-equity of triggers.txt).
 */
final class DebtFilter {

  /** Words that may stand between a sum and its debt noun: "a $4 billion senior secured term loan". */
  private static final int AFTER_AMOUNT = 4;

  private DebtFilter() {}

  /** Removes the findings of the sentence recorded after the given sizes whose parties a debt noun joins. */
  static void apply(View v, Collected found, int dealsBefore, int implicitBefore, int roundsBefore) {
    List<int[]> debts = debtNouns(v);
    if (debts.isEmpty()) {
      return;
    }
    found.dropSince(dealsBefore, implicitBefore, roundsBefore,
        d -> joined(v, debts, spans(v, d.investor(), d.investee(), d.amount())) || lent(v, debts, d.amount()),
        r -> {
          List<Entity> parties = new ArrayList<>(r.leads());
          parties.addAll(r.participants());
          return joined(v, debts, spans(v, parties, r.investee().stream().toList(), r.amount()))
              || lent(v, debts, r.amount());
        });
  }

  /** Returns the token spans of the debt nouns outside relative clauses that no equity phrase covers. */
  private static List<int[]> debtNouns(View v) {
    List<int[]> out = new ArrayList<>();
    for (PhraseIndex.Match<String> m : v.cues) {
      if (m.value().equals("trigger:debt-noun") && !v.relative[m.first()]
          && !v.coveredBy(m, "trigger:debt-equity")) {
        out.add(new int[] {m.first(), m.end()});
      }
    }
    return out;
  }

  /**
   * Returns the token positions of a finding's parties and amount: the first mention of each side, and the
   * amount's sum when the sentence holds it.
   */
  private static List<Integer> spans(View v, List<Entity> one, List<Entity> other, Optional<Amount> amount) {
    List<Integer> out = new ArrayList<>();
    for (List<Entity> side : List.of(one, other)) {
      for (EntityMention m : v.mentions) {
        if (!side.isEmpty() && m.candidates().stream().anyMatch(e -> e.name().equals(side.get(0).name()))) {
          out.add(m.first());
          break;
        }
      }
    }
    for (Money m : v.money) {
      if (amount.isPresent() && m.amount().equals(amount)) {
        out.add(m.first());
        break;
      }
    }
    return out;
  }

  /** Returns true when a debt noun follows the finding's amount within a few words: "a $4bn revolving credit line". */
  private static boolean lent(View v, List<int[]> debts, Optional<Amount> amount) {
    for (Money m : v.money) {
      if (amount.isPresent() && m.amount().equals(amount)) {
        for (int[] d : debts) {
          if (d[0] >= m.end() && d[0] <= m.end() + AFTER_AMOUNT) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Returns true when a debt noun stands between two of the positions. */
  private static boolean joined(View v, List<int[]> debts, List<Integer> positions) {
    if (positions.size() < 2) {
      return false;
    }
    int lo = positions.stream().min(Integer::compare).get();
    int hi = positions.stream().max(Integer::compare).get();
    for (int[] d : debts) {
      if (d[0] > lo && d[0] < hi) {
        return true;
      }
    }
    return false;
  }
}
