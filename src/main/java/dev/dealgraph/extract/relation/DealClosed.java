package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Status;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a sentence that reports the deal just told as closed ("That deal was completed later that year", "The
 * transaction closed in June"): the deal of the sentence before reaches the stage completed.
 */
final class DealClosed {

  /** How many sentences back the closed deal may have been told. */
  private static final int REACH = 2;
  /** How far into the sentence the closing verb may stand: "The deal, approved in May, was completed". */
  private static final int VERB_REACH = 8;
  private static final Set<String> CLOSING = Set.of("completed", "closed", "finalised", "finalized", "sealed");
  private static final Set<String> OPENERS = Set.of("the", "that", "this");

  private DealClosed() {}

  /** Upgrades the latest deals before sentence {@code k} when it opens by reporting their deal closed. */
  static void find(View v, int k, Collected found, int dealsBefore, int implicitBefore) {
    if (found.deals.size() > dealsBefore || found.implicit.size() > implicitBefore || !OPENERS.contains(v.low(0))
        || v.cueAt("trigger:deal-noun", 1) == null && !v.is(1, "investment")) {
      return;
    }
    for (int h = 2; h < Math.min(v.size(), VERB_REACH); h++) {
      if (v.cueAt("status:negation", h) != null || v.is(h, "expected", "set", "due", "will", "would", "could")) {
        return;
      }
      if (CLOSING.contains(v.low(h)) && v.cueAt("status:completed", h) != null) {
        int latest = Math.max(latest(found.deals, k), latest(found.implicit, k));
        upgrade(found.deals, latest);
        upgrade(found.implicit, latest);
        return;
      }
    }
  }

  /** Returns the latest sentence within reach before {@code k} that told a deal, or -1. */
  private static int latest(List<Finding.Deal> deals, int k) {
    int latest = -1;
    for (Finding.Deal d : deals) {
      if (d.sentence() < k && k - d.sentence() <= REACH) {
        latest = Math.max(latest, d.sentence());
      }
    }
    return latest;
  }

  /** Sets the deals told in sentence {@code latest} that were not yet done to completed. */
  private static void upgrade(List<Finding.Deal> deals, int latest) {
    for (int d = 0; d < deals.size(); d++) {
      Finding.Deal f = deals.get(d);
      Optional<Status> status = f.reading().status();
      if (f.sentence() == latest && status.filter(s -> s.compareTo(Status.COMPLETED) < 0).isPresent()) {
        Reading done = new Reading(Optional.of(Status.COMPLETED), f.reading().denied(), f.reading().era(),
            f.reading().tranche());
        deals.set(d, new Finding.Deal(f.investor(), f.investee(), f.amount(), done, f.evidence(), f.sentence(),
            f.headline()));
      }
    }
  }
}
