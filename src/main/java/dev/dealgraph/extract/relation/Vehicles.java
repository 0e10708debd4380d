package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.text.PhraseIndex;

/**
 * Reads a list member named by the funds it manages: "affiliated funds of X", "funds managed by X" and "accounts
 * advised by X" invest as X, the firm behind them; and the vehicle a member invests through.
 */
final class Vehicles {

  private Vehicles() {}

  /** Returns where the firm's name starts when a vehicle phrase of the lexicon opens token {@code k}; else -1. */
  static int owner(View v, int k) {
    PhraseIndex.Match<String> cue = v.cueAt("trigger:vehicle", k);
    return cue != null && v.mentionAt(cue.end()) != null && v.mentionAt(cue.end()).named() ? cue.end() : -1;
  }

  /**
   * Returns true when a member's vehicle follows at {@code k}: "Ana Ruiz investing through Ruiz Holdings"; the
   * member invests in its own name, and the vehicle is no member.
   */
  static boolean through(View v, int k) {
    return v.is(k, "investing", "invested") && v.is(k + 1, "through", "via");
  }
}
