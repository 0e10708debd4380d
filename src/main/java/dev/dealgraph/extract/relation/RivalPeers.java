package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the peers a "not alone" announces when the sentences after it give each its own clause: "Quanta AI is far
 * from alone. Initech is building …, Hooli has launched …, and Globex and Cyberdyne are each selling their own
 * models. Vandelay Labs is also training its own. All of these companies compete with Lantern AI." Each peer is a
 * rival of the company that is not alone, and "all of these companies" stands for all of them.
 */
final class RivalPeers {

  /** How many sentences after the first one that names peers may add more. */
  private static final int REACH = 2;
  /** How many words an apposition after a peer ("Hooli, the Lisbon lab in which …, is") may take. */
  private static final int APPOSITION = 24;
  /** Words that open the predicate of a clause whose subject is a peer. */
  private static final java.util.Set<String> PREDICATES = java.util.Set.of("is", "are", "was", "were", "has",
      "have", "had", "also", "each", "too", "both", "now", "already", "will", "plans", "says");

  private RivalPeers() {
  }

  /**
   * Pairs the companies a "not alone" left waiting with the peers this sentence's clauses make subjects, two or
   * more of them, and keeps them for the sentences after.
   */
  static void start(View v, List<EntityMention> alone, Collected out) {
    List<EntityMention> peers = clauseSubjects(v, alone);
    if (peers.size() < 2) {
      return;
    }
    out.peersOf = alone;
    out.peers = peers;
    out.peerReach = REACH;
    RivalFinder.pairs(v, alone, peers, out, 0.7);
  }

  /** Adds the peers of a later sentence that does the same thing "also" or with "its own", while the reach lasts. */
  static void next(View v, Collected out) {
    if (out.peerReach <= 0) {
      out.peers = List.of();
      out.peersOf = List.of();
      return;
    }
    out.peerReach--;
    boolean alike = false;
    for (int k = 0; k < v.size(); k++) {
      alike |= v.is(k, "also", "too") || v.is(k, "own") && v.is(k - 1, "its", "their");
    }
    List<EntityMention> more = alike ? clauseSubjects(v, out.peersOf) : List.of();
    if (!more.isEmpty()) {
      RivalFinder.pairs(v, out.peersOf, more, out, 0.7);
      List<EntityMention> all = new ArrayList<>(out.peers);
      all.addAll(more);
      out.peers = List.copyOf(all);
    }
  }

  /**
   * Returns the company that is not alone and its peers when the sentence opens with "All of these companies",
   * "These companies" or "All of them" while peers are kept; otherwise returns {@code group}.
   */
  static List<EntityMention> these(View v, List<EntityMention> group, Collected out) {
    if (out.peers.isEmpty() || PairReference.collective(v, 0) < 0) {
      return group;
    }
    List<EntityMention> all = new ArrayList<>(out.peersOf);
    all.addAll(out.peers);
    return List.copyOf(all);
  }

  /**
   * Returns the organizations that open a clause of the sentence and are followed by its predicate, past a list
   * ("Globex and Cyberdyne are") or an apposition ("Hooli, the lab in which Initech invested, is"); none whose
   * predicate is an investment ("Initech has invested") and none of {@code excluded}.
   */
  private static List<EntityMention> clauseSubjects(View v, List<EntityMention> excluded) {
    List<EntityMention> found = new ArrayList<>();
    int open = RivalDiscourse.openerEnd(v);
    for (EntityMention m : v.mentions) {
      boolean opens = m.first() <= open + 1 || v.is(m.first() - 1, ",")
          || v.is(m.first() - 1, "and") && v.is(m.first() - 2, ",");
      if (!opens || !peer(m) || m.possessive() || Slots.objectOfPreposition(v, m)) {
        continue;
      }
      List<EntityMention> list = NounPhrases.list(v, m.first());
      List<EntityMention> members = list.isEmpty() ? List.of(m) : list;
      int after = predicate(v, members.get(members.size() - 1).end());
      if (after >= 0 && !v.words.verbs.containsKey(v.low(after)) && !v.words.verbs.containsKey(v.low(after + 1))) {
        members.stream().filter(RivalPeers::peer)
            .filter(p -> excluded.stream().noneMatch(e -> e.entity().equals(p.entity())))
            .filter(p -> found.stream().noneMatch(f -> f.entity().equals(p.entity())))
            .forEach(found::add);
      }
    }
    return found;
  }

  /** Returns where the predicate after a subject ending at {@code end} opens, past one apposition, or -1. */
  private static int predicate(View v, int end) {
    int k = end;
    if (v.is(k, ",")) {
      int close = k + 1;
      while (close < Math.min(v.size(), end + APPOSITION) && !v.is(close, ",", ".", ";", ":")) {
        close++;
      }
      k = v.is(close, ",") ? close + 1 : -1;
    }
    return k >= 0 && k < v.size() && PREDICATES.contains(v.low(k)) ? k : -1;
  }

  private static boolean peer(EntityMention m) {
    return m.named() && m.form() != EntityMention.Form.PERSON && m.entity().isPresent();
  }
}
