package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Status;
import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads investors named as members of a group that the sentence says invested: "A roster of angels also invested,
 * including A and B", "Business angels are also on board: A and B", "individual investors such as A and B took
 * part", and the reverse "A, B and C are all investors". The group noun (lexicon section investor-group) names
 * nobody itself, so its members invest in the company under discussion, or in the company the verb names.
 */
final class GroupInvestors {
  /** How many words may separate the group noun from the list that names its members. */
  private static final int REACH = 8;
  /** Words that say a group took part: verbs and the words of "on board", "took a stake", "put in money". */
  private static final java.util.Set<String> TOOK_PART = java.util.Set.of("invested", "backed", "participated",
      "joined", "board", "stake", "stakes", "part", "put", "chipped", "invest", "participate", "backing");

  private GroupInvestors() {}

  /** Adds a completed investment for each member of a group of investors the sentence lists. */
  static void find(View v, int sentence, Collected out) {
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (cue.value().equals("trigger:investor-group") || cue.value().equals("trigger:people-group")) {
        membersAfter(v, sentence, cue, out);
        membersBefore(v, sentence, cue, out);
      }
    }
  }

  /** "Angels also invested, including A and B", "angels are on board: A and B", "angels such as A and B". */
  private static void membersAfter(View v, int sentence, PhraseIndex.Match<String> cue, Collected out) {
    if (namedBefore(v, cue.first())) {
      return;
    }
    boolean tookPart = v.is(cue.first() - 1, "by");
    EntityMention investee = null;
    for (int k = cue.end(); k < Math.min(v.size(), cue.end() + REACH); k++) {
      int start = listStart(v, k);
      if (start >= 0) {
        List<EntityMention> members = NounPhrases.list(v, NounPhrases.memberStart(v, start) >= 0
            ? NounPhrases.memberStart(v, start) : start);
        // "angels such as A and B also took part": the verb comes after the list.
        int after = members.isEmpty() ? start : members.get(members.size() - 1).end();
        tookPart |= tookPartWithin(v, after, Math.min(v.size(), after + 4));
        if (tookPart) {
          add(v, sentence, members, investee, cue.value().equals("trigger:people-group"), out);
        }
        return;
      }
      EntityMention m = v.mention(k);
      if (m != null && m.named() && m.form() != EntityMention.Form.PERSON) {
        if (!tookPart || investee != null || !v.is(k - 1, "backed", "in")) {
          return;
        }
        // "Angels also backed Quillfeather, among them A and B": the verb's object is the investee.
        investee = m;
        k = m.end() - 1;
        continue;
      }
      if (v.is(k, "in", "into", "to", "for", "with") && !v.is(k - 1, "put", "chipped", "took")) {
        // "funds invested in start-ups, including A": the list names the objects, not the group.
        return;
      }
      tookPart |= TOOK_PART.contains(v.low(k));
    }
  }

  /** "A, B and C are all investors": a plural group noun after a copula whose subject is a list of names. */
  private static void membersBefore(View v, int sentence, PhraseIndex.Match<String> cue, Collected out) {
    int p = cue.first() - 1;
    while (p >= 0 && v.is(p, "all", "also", "both", "each", "early", "individual", "the", "among")) {
      p--;
    }
    boolean closes = cue.end() >= v.size() || v.is(cue.end(), ".", ",", ";", "too", "as")
        || v.is(cue.end(), "in") && NounPhrases.phrase(v, cue.end() + 1).isEmpty();
    if (!v.copula(p) || !closes) {
      return;
    }
    List<EntityMention> subject = listBefore(v, p);
    if (subject.size() >= 2) {
      add(v, sentence, subject, null, cue.value().equals("trigger:people-group"), out);
    }
  }

  /**
   * Returns the names coordinated right before {@code k} when they open the clause: "A, B and Torvane chief
   * executive C" gives A, B and C, the person behind a title rather than the employer before it.
   */
  private static List<EntityMention> listBefore(View v, int k) {
    List<EntityMention> names = new ArrayList<>();
    int h = k - 1;
    while (h >= 0 && v.mention(h) != null) {
      EntityMention m = v.mention(h);
      names.add(0, m);
      h = m.first() - 1;
      int t = h;
      while (t >= 0 && v.mention(t) == null && v.tok(t).type() == Token.Type.WORD
          && (v.words.titleWords.contains(v.low(t)) || v.is(t, "former"))) {
        t--;
      }
      if (t < h && m.form() == EntityMention.Form.PERSON) {
        // "Torvane chief executive C": the employer before the title is no member; "former" may precede it.
        h = v.mention(t) != null ? v.mention(t).first() - 1 : t;
        h = v.is(h, "former") ? h - 1 : h;
      }
      if (v.is(h, "and") || v.is(h, ",")) {
        h = v.is(h - 1, ",") || v.is(h, ",") && v.is(h - 1, "and") ? h - 2 : h - 1;
      } else {
        break;
      }
    }
    return h < 0 || Slots.boundary(v, h) ? names : List.of();
  }

  private static void add(View v, int sentence, List<EntityMention> members, EntityMention investee,
      boolean people, Collected out) {
    Reading reading = new Reading(Optional.of(Status.COMPLETED), StatusReader.denied(v, 0, v.size()),
        Reading.Era.UNKNOWN, false);
    for (EntityMention listed : members) {
      EntityMention member = listed.form() == EntityMention.Form.CANDIDATE ? unknown(v, listed, people) : listed;
      if (member == null || !member.named() || member == investee) {
        continue;
      }
      if (investee != null) {
        out.deal(v, sentence, member, investee, Optional.empty(), reading);
      } else {
        out.implicitDeal(v, sentence, member, Optional.empty(), reading);
      }
    }
  }

  /**
   * Returns a listed name unknown to the gazetteer as a member: a person when the group is of people and the name
   * is two or three capitalised words, an organization otherwise; null when it is a single word.
   */
  private static EntityMention unknown(View v, EntityMention m, boolean people) {
    if (m.entity().isEmpty() || m.end() - m.first() < 2) {
      return null;
    }
    boolean person = people && m.end() - m.first() <= 3;
    Entity e = m.entity().get();
    Entity member = person ? new Entity(e.name(), EntityKind.PERSON, Optional.empty(), false) : e;
    return new EntityMention(m.first(), m.end(), person ? EntityMention.Form.PERSON : EntityMention.Form.DISCOVERED,
        List.of(member), m.possessive(), Optional.empty());
  }

  /** Returns where the members start after "including", "among them", "such as", "like" or a colon, or -1. */
  private static int listStart(View v, int k) {
    if (v.is(k, ",") && v.is(k + 1, "including", "among")) {
      return listStart(v, k + 1);
    }
    if (v.is(k, "among") && v.is(k + 1, "them", "whom")) {
      return k + 2;
    }
    if (v.is(k, "such") && v.is(k + 1, "as")) {
      return k + 2;
    }
    return v.is(k, "including", "like", ":") ? k + 1 : -1;
  }

  /**
   * Returns true when a word of taking part stands in {@code [from, to)} with no company named as its object:
   * "groups such as A have invested in Hooli" says where A put money, not that A joined the round.
   */
  private static boolean tookPartWithin(View v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (TOOK_PART.contains(v.low(k))) {
        for (int h = k + 1; h < Math.min(v.size(), k + 4); h++) {
          if (v.is(h, "in", "into") && !NounPhrases.phrase(v, h + 1).isEmpty()) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** A company named before the group owns it ("Acme's angels") or is the clause's own subject: another frame. */
  private static boolean namedBefore(View v, int k) {
    for (int h = k - 1; h >= 0 && !Slots.boundary(v, h); h--) {
      EntityMention m = v.mention(h);
      if (m != null && m.named()) {
        return true;
      }
    }
    return false;
  }
}
