package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.text.PhraseIndex;

/**
 * Reads a list member named by the funds it manages: "affiliated funds of X", "funds managed by X" and "accounts
 * advised by X" invest as X, the firm behind them.
 */
final class Vehicles {

  private Vehicles() {}

  /** Returns where the firm's name starts when a vehicle phrase of the lexicon opens token {@code k}; else -1. */
  static int owner(View v, int k) {
    PhraseIndex.Match<String> cue = v.cueAt("trigger:vehicle", k);
    return cue != null && v.mentionAt(cue.end()) != null && v.mentionAt(cue.end()).named() ? cue.end() : -1;
  }
}
