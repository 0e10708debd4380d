package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.Evidence;
import dev.dealgraph.extract.Investment;
import dev.dealgraph.extract.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds the investment statements of an article into one record per deal: statements of one pair with the same
 * figure are one deal, a tranche joins the larger deal it is part of, and a statement without a figure joins the
 * latest deal of its pair from the same time (an earlier, completed one or a new one).
 */
final class Deals {

  private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  private Deals() {}

  /** One deal being assembled. */
  private static final class Draft {
    final Entity investor;
    final Entity investee;
    Amount amount;
    boolean amountFromHeadline;
    Status status;
    boolean earlier;
    boolean fresh;
    final List<Amount> tranches = new ArrayList<>();
    Evidence evidence;

    Draft(Finding.Deal f) {
      investor = f.investor().get(0);
      investee = f.investee().get(0);
      evidence = f.evidence();
      earlier = earlier(f);
      fresh = f.reading().era() == Reading.Era.NEW;
      absorb(f);
    }

    void absorb(Finding.Deal f) {
      f.reading().status().ifPresent(s -> status = status == null ? s : status.max(s));
      if (f.evidence().confidence() > evidence.confidence() && f.amount().isPresent() == (amount != null)) {
        evidence = f.evidence();
      }
      if (f.amount().isPresent()) {
        Amount a = f.amount().get();
        if (amount == null || amountFromHeadline && !f.headline()
            || amount.kind() == Amount.Kind.EXACT && a.kind() != Amount.Kind.EXACT && f.headline() == amountFromHeadline) {
          if (amount == null) {
            evidence = f.evidence();
          }
          amount = a;
          amountFromHeadline = f.headline();
        }
      }
    }

    boolean era(boolean wantEarlier) {
      return (status == Status.COMPLETED || earlier) == wantEarlier;
    }

    Investment toInvestment() {
      Status s = status != null ? status : earlier ? Status.COMPLETED : Status.ANNOUNCED;
      return new Investment(investor, investee, Optional.ofNullable(amount), s, Optional.empty(), Optional.empty(),
          tranches, evidence);
    }
  }

  private static boolean earlier(Finding.Deal f) {
    return f.reading().era() == Reading.Era.EARLIER || f.reading().status().orElse(null) == Status.COMPLETED;
  }

  /** Returns one investment per deal, in order of first statement. */
  static List<Investment> consolidate(List<Finding.Deal> findings) {
    Map<String, List<Draft>> byPair = new LinkedHashMap<>();
    for (Finding.Deal f : findings) {
      String pair = f.investor().get(0).name() + "\u0000" + f.investee().get(0).name();
      List<Draft> drafts = byPair.computeIfAbsent(pair, k -> new ArrayList<>());
      Draft target = f.amount().isPresent() ? withAmount(drafts, f) : withoutAmount(drafts, f);
      if (target == null) {
        drafts.add(new Draft(f));
      } else if (target.amount != null && f.amount().isPresent() && f.reading().tranche()
          && !same(target.amount, f.amount().get())) {
        target.tranches.add(f.amount().get());
      } else {
        target.absorb(f);
      }
    }
    List<Investment> out = new ArrayList<>();
    // An investee is an organization: a person named beside a deal (a founder) never receives it.
    byPair.values().forEach(ds -> ds.stream().filter(d -> d.investee.kind() != dev.dealgraph.extract.EntityKind.PERSON)
        .forEach(d -> out.add(d.toInvestment())));
    return out;
  }

  private static Draft withAmount(List<Draft> drafts, Finding.Deal f) {
    Amount a = f.amount().get();
    boolean fresh = f.reading().era() == Reading.Era.NEW;
    for (Draft d : drafts) {
      // "another $4 billion" is a new deal even when the earlier one was also $4 billion.
      if (d.amount != null && same(d.amount, a) && !(d.earlier && fresh) && !(d.fresh && earlier(f))) {
        return d;
      }
    }
    if (f.reading().tranche()) {
      for (Draft d : drafts) {
        if (d.amount != null && d.amount.magnitude().compareTo(a.magnitude()) > 0) {
          return d;
        }
      }
    }
    boolean wantEarlier = earlier(f);
    for (int k = drafts.size() - 1; k >= 0; k--) {
      if (drafts.get(k).amount == null && (timeless(f) || drafts.get(k).era(wantEarlier))) {
        return drafts.get(k);
      }
    }
    return null;
  }

  private static Draft withoutAmount(List<Draft> drafts, Finding.Deal f) {
    boolean wantEarlier = earlier(f);
    for (int k = drafts.size() - 1; k >= 0; k--) {
      if (timeless(f) || drafts.get(k).era(wantEarlier)) {
        return drafts.get(k);
      }
    }
    return null;
  }

  /**
   * A statement with no stage and no time ("X increased its cheque to $N", "the chip giant's contribution") is
   * about the pair's latest deal, whatever that deal's era.
   */
  private static boolean timeless(Finding.Deal f) {
    return f.reading().status().isEmpty() && f.reading().era() == Reading.Era.UNKNOWN;
  }

  /** Returns true when two amounts state the same figure, whatever their qualifier. */
  static boolean same(Amount a, Amount b) {
    if (!a.currency().equals(b.currency())) {
      return false;
    }
    BigDecimal x = a.magnitude();
    BigDecimal y = b.magnitude();
    return x.subtract(y).abs().compareTo(x.max(y).multiply(TOLERANCE)) <= 0;
  }
}
