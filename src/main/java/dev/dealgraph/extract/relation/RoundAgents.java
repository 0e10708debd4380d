package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds the investors a sentence names after a round or a raise: "from X", "led by X", "with participation from
 * Y and Z", "with X and Y among the investors".
 *
 * @param from         investors after "from"
 * @param leads        investors after "led by"
 * @param participants investors after a participation phrase
 * @param end          the token just past the last investor read
 * @param shared       true when unnamed investors share the money with those named ("from X and US banks")
 */
record RoundAgents(List<EntityMention> from, List<EntityMention> leads, List<EntityMention> participants, int end,
    boolean shared) {

  /** Returns true when "and" follows within a few words: the comma opens a list, not a new clause. */
  private static boolean conjunctionAhead(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + 6); h++) {
      if (v.is(h, "and")) {
        return true;
      }
      if (v.is(h, ",", ".", ";", "said", "says")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Returns where the list starts after ", among them" ("…, among them X and Y", also "among those", "among whom")
   * at {@code k}, or -1; said of a plural noun of investors, the list names some of them.
   */
  static int amongThem(View v, int k) {
    if (!v.is(k, ",") || !v.is(k + 1, "among") || !v.is(k + 2, "them", "those", "whom")) {
      return -1;
    }
    // "…, among whom were X and Y": the copula stands before the list.
    return v.copula(k + 3) ? k + 4 : k + 3;
  }

  /** Reads the investors after a round; "from X" counts only up to {@code fromLimit}, near the money. */
  static RoundAgents read(View v, int start, int fromLimit) {
    List<EntityMention> from = new ArrayList<>();
    List<EntityMention> leads = new ArrayList<>();
    List<EntityMention> participants = new ArrayList<>();
    int end = start;
    boolean shared = false;
    int limit = Math.min(v.size(), start + Slots.REACH);
    for (int k = start; k < limit; k++) {
      if (v.is(k, ";") || v.is(k, ".") && k == v.size() - 1) {
        break;
      }
      PhraseIndex.Match<String> participation = v.ownedList(k) ? null : v.cueAt("trigger:participation", k);
      List<EntityMention> found = null;
      int among = amongThem(v, k);
      if (participation != null) {
        found = NounPhrases.phrase(v, participation.end());
        participants.addAll(found);
      } else if (among > 0) {
        // "from more than twenty investors, among them X and Y".
        found = NounPhrases.list(v, among);
        participants.addAll(found);
      } else if (v.is(k, "with") && NounPhrases.memberStart(v, k + 1) >= 0) {
        // "with Y and Z among the investors", "with former Globex CEO Ana Ruiz investing".
        List<EntityMention> named = NounPhrases.list(v, NounPhrases.memberStart(v, k + 1));
        int after = named.get(named.size() - 1).end();
        if (v.is(after, "among", "as") || NounPhrases.joining(v, after)) {
          found = named;
          participants.addAll(found);
        }
      } else if (v.is(k, "led", "co-led") && v.is(k + 1, "by")) {
        found = NounPhrases.phrase(v, k + 2);
        leads.addAll(found);
      } else if (v.is(k, "from") && leads.isEmpty() && k <= fromLimit) {
        found = NounPhrases.phrase(v, k + 1);
        from.addAll(found);
        int after = found.isEmpty() ? k + 1 : found.get(found.size() - 1).end();
        // "from Nvidia, Japanese banks and US venture firms": unnamed investors share the money.
        // "from Nvidia and will rent chips": a second predicate, not a second source.
        boolean predicate = v.words.auxiliaries.contains(v.low(after + 1))
            || v.words.verbs.containsKey(v.low(after + 1))
            || v.words.adverbs.contains(v.low(after + 1));
        shared |= !found.isEmpty() && v.mentionAt(after + 1) == null && !predicate && (v.is(after, "and")
            || v.is(after, ",") && conjunctionAhead(v, after + 1));
      }
      if (found != null && !found.isEmpty()) {
        k = found.get(found.size() - 1).end() - 1;
        end = k + 1;
      }
    }
    return new RoundAgents(from, leads, participants, end, shared);
  }
}
