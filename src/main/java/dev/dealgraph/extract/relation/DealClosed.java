package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Status;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a sentence that reports the deal just told as closed ("That deal was completed later that year", "The
 * transaction closed in June") or a sum as completing a commitment ("added $2.75 billion, completing the
 * commitment"): the deal told before reaches the stage completed.
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

  /**
   * Completes the earlier deals of this sentence's investors when it says a sum completed their commitment: "The
   * retailer agreed to invest up to $4 billion. It added $2.75 billion in March, completing the commitment."
   */
  static void completing(View v, int k, Collected found, int dealsBefore, int implicitBefore) {
    Set<String> investors = new java.util.HashSet<>();
    found.deals.subList(dealsBefore, found.deals.size()).forEach(d -> investors.add(d.investor().get(0).name()));
    found.implicit.subList(implicitBefore, found.implicit.size())
        .forEach(d -> investors.add(d.investor().get(0).name()));
    if (investors.isEmpty() || !completesCommitment(v)) {
      return;
    }
    for (List<Finding.Deal> deals : List.of(found.deals, found.implicit)) {
      for (int d = 0; d < deals.size(); d++) {
        Finding.Deal f = deals.get(d);
        if (f.sentence() < k && k - f.sentence() <= REACH && investors.contains(f.investor().get(0).name())) {
          deals.set(d, completed(f));
        }
      }
    }
  }

  /** Returns true when "completing the commitment", "completes its $4 billion investment" stands in the sentence. */
  private static boolean completesCommitment(View v) {
    for (int h = 0; h < v.size(); h++) {
      if (v.is(h, "completing", "completes", "completed") && v.is(h + 1, "the", "its", "their")) {
        int n = v.money(h + 2) != null ? v.money(h + 2).end() : h + 2;
        if (v.is(n, "commitment", "investment", "pledge", "deal")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns the deal at the stage completed when it was not done yet. */
  private static Finding.Deal completed(Finding.Deal f) {
    if (f.reading().status().filter(s -> s.compareTo(Status.COMPLETED) < 0).isEmpty()) {
      return f;
    }
    Reading done = new Reading(Optional.of(Status.COMPLETED), f.reading().denied(), f.reading().era(),
        f.reading().tranche());
    return new Finding.Deal(f.investor(), f.investee(), f.amount(), done, f.evidence(), f.sentence(), f.headline());
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
      if (deals.get(d).sentence() == latest) {
        deals.set(d, completed(deals.get(d)));
      }
    }
  }
}
