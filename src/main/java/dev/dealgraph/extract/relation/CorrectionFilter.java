package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.text.PhraseIndex;

/**
 * Takes back what a correction repeats: "An earlier version of this story said X was putting in $1 billion" reports
 * a statement the article has withdrawn, so the sentence yields no deal, figure or round (status.txt retracted).
 */
final class CorrectionFilter {

  private CorrectionFilter() {}

  /** Removes the findings the sentence added after the given sizes when it states a correction. */
  static void apply(View v, Collected found, int dealsBefore, int implicitBefore, int roundsBefore) {
    for (PhraseIndex.Match<String> m : v.cues) {
      if (m.value().equals("status:retracted")) {
        found.dropSince(dealsBefore, implicitBefore, roundsBefore, d -> true, r -> true);
        return;
      }
    }
  }
}
