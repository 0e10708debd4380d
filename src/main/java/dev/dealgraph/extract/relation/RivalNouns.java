package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rivalry noun ("rival", "competitor", "challenger") by what stands around it: an apposition ("OpenAI, its
 * nearest rival"), a list after it ("rivals such as A and B"), a colon, "in" ("a domestic rival in A"), a copula
 * ("X and Y are rivals"); an owner right before it is read by {@link RivalPossessed}, a preposition after it by
 * {@link RivalComplements}.
 */
final class RivalNouns {

  private RivalNouns() {
  }

  /** Adds the rivalries the rival noun at {@code cue} states; {@code topic} is the article's subject, if any. */
  static void read(View v, PhraseIndex.Match<String> cue, EntityMention topic, Collected out) {
    if (v.is(cue.first(), "competition")) {
      RivalComplements.competition(v, cue, out);
      return;
    }
    int w = cue.first() - 1;
    while (w > 0 && (v.words.adverbs.contains(v.low(w)) || v.low(w).endsWith("ly"))) {
      w--;
    }
    boolean verb = v.is(cue.first(), "rival") && v.low(w).endsWith("s")
        || v.is(cue.first(), "rivals") && v.is(cue.end(), "that", "those") && v.is(cue.end() + 1, "of");
    EntityMention owner = verb && v.mention(w) == null ? ClauseParts.ownerOfNoun(v, w) : null;
    if (owner != null) {
      // "DeepSeek's models rival those of OpenAI", "Its technology rivals that of Initech": "rival" is the verb of
      // the owner's noun.
      int k = v.is(cue.end(), "those", "that") && v.is(cue.end() + 1, "of") ? cue.end() + 2 : cue.end();
      List<EntityMention> elided = RivalPhrases.elidedOwners(v, k);
      RivalFinder.pairs(v, List.of(owner), elided.isEmpty() ? NounPhrases.phrase(v, k) : elided, out, 0.8);
      return;
    }
    List<EntityMention> namedAfter = topic == null || !v.is(cue.first() - 1, "a", "an", "another")
        && !RivalPhrases.indefinite(v, cue.first()) ? List.of() : RivalPhrases.apposedAfter(v, cue.end());
    if (!namedAfter.isEmpty()) {
      // "A rival assistant, Nimbus, costs less": a rival of the article's subject, named in apposition; "Its
      // growth worried a rival assistant, Nimbus,": a rival of the sentence's subject.
      List<EntityMention> subject = cue.first() > 1 ? RivalClauses.subject(v, cue.first()) : List.of();
      // "It faces a new rival, Zorbit, as well as the established Initech".
      int last = namedAfter.get(namedAfter.size() - 1).end();
      namedAfter = new ArrayList<>(namedAfter);
      namedAfter.addAll(RivalPhrases.repeated(v, last, last + 20));
      RivalFinder.pairs(v, subject.isEmpty() ? List.of(topic) : subject, namedAfter, out, 0.7);
      return;
    }
    List<EntityMention> listed = RivalPhrases.afterColon(v, cue.end());
    if (cue.first() <= 3 && topic != null && listed.size() >= 2 && !listed.contains(topic)) {
      // "The domestic rivals have struggled: A, B and C …": rivals of the article's subject.
      RivalFinder.pairs(v, List.of(topic), listed, out, 0.7);
      return;
    }
    List<EntityMention> pressed = listed.size() >= 2 && RivalPhrases.definite(v, cue.first())
        ? RivalClauses.subject(v, cue.first()) : List.of();
    if (!pressed.isEmpty() && pressed.stream().noneMatch(listed::contains)) {
      // "Hooli's rise has put pressure on the domestic rivals among its peers: A, B and C": the subject's rivals.
      RivalFinder.pairs(v, pressed, listed, out, 0.7);
      return;
    }
    EntityMention possessor = v.mention(cue.first() - 1);
    if (possessor != null && possessor.possessive() && !listed.isEmpty() && !listed.contains(possessor)) {
      // "Its competitors are not standing still: OpenAI and Anthropic are both selling …".
      RivalFinder.pairs(v, List.of(possessor), listed, out, 0.8);
      return;
    }
    int k = cue.first() - 1;
    while (k >= 0 && (v.mention(k) == null || ClauseParts.placeWord(v, k))
        && (v.tok(k).type() == Token.Type.WORD
        && !v.words.determiners.contains(v.low(k)) && !v.words.prepositions.contains(v.low(k))
        && !v.words.auxiliaries.contains(v.low(k)) && !v.is(k, "and", "or") || v.is(k, "-"))
        && cue.first() - k <= 3) {
      k--;
    }
    EntityMention before = v.mention(k);
    boolean adjacent = before != null && (before.possessive() || before.end() == cue.first());
    int after = cue.end();
    if (v.is(after, ",")) {
      after++;
    }
    boolean locative = v.is(after, "in") && v.mentionAt(after + 1) != null && !v.mentionAt(after + 1).possessive()
        && v.is(cue.first(), "rival", "rivals");
    if (locative) {
      // "It faces a domestic rival in FuriosaAI", "… domestic rivals in A and B": the rivals are named after "in".
      RivalFinder.pairs(v, RivalClauses.subject(v, cue.first()), NounPhrases.list(v, after + 1), out, 0.8);
      return;
    }
    boolean plural = v.low(cue.first()).endsWith("s");
    if (v.is(cue.first(), "rival")) {
      // "rival start-ups include", "rival labs such as", "rival data-labelling firms such as": the noun the
      // adjective qualifies.
      int h = RivalPhrases.qualifiedHead(v, after);
      plural |= h > after;
      after = h;
    }
    int included = plural ? RivalPhrases.relativeInclude(v, after) : -1;
    if (included >= 0) {
      // "a short list of rival start-ups, which people familiar with it said included A, B and C".
      List<EntityMention> subject = RivalClauses.subject(v, cue.first());
      RivalFinder.pairs(v, subject.isEmpty() && topic != null ? List.of(topic) : subject, NounPhrases.list(v, included), out,
          0.8);
      return;
    }
    after = RivalPhrases.pastPlace(v, after);
    while (after < v.size() && v.words.adverbs.contains(v.low(after))) {
      // "its rivals also include".
      after++;
    }
    boolean listing = v.copula(after) || v.include(after);
    if (listing) {
      after++;
    }
    List<EntityMention> apposed = apposedTo(v, adjacent ? before.first() : k + 1);
    if (!apposed.isEmpty() && v.cueAt("competition:list-intro", after) == null && v.mentionAt(after) == null) {
      // "OpenAI, its nearest rival", "Google, one of Meta's main rivals", "Nvidia and AMD, fierce competitors".
      if (adjacent && before.form() != EntityMention.Form.CANDIDATE) {
        // "a contest between Globex and Hooli, its main rival": a singular noun describes the last name only.
        boolean singular = !v.low(cue.first()).endsWith("s") && !v.is(k, "one", "of");
        RivalFinder.pairs(v, List.of(before), singular ? apposed.subList(apposed.size() - 1, apposed.size())
            : apposed, out, 0.85);
        return;
      } else if (apposed.size() >= 2 && v.low(cue.first()).endsWith("s") && !v.is(cue.end(), "of", "to")) {
        RivalFinder.all(v, apposed, out);
        return;
      } else if (apposed.size() == 1 && topic != null && v.is(k, "a", "an", "another")
          && !v.low(cue.first()).endsWith("s") && !v.is(cue.end(), "of", "to") && apposed.get(0).named()) {
        // "OpenAI raised $6.6 billion. xAI, a rival founded by Elon Musk, …", "Brisk, a Stockholm-based rival that
        // raised …": a rival of the article's subject.
        RivalFinder.pairs(v, List.of(topic), apposed, out, 0.7);
        return;
      }
    }
    PhraseIndex.Match<String> intro = v.cueAt("competition:list-intro", after);
    int titled = intro == null && v.mentionAt(after) == null ? NounPhrases.titledName(v, after) : -1;
    List<EntityMention> named = intro != null ? NounPhrases.list(v, intro.end())
        : NounPhrases.list(v, titled >= 0 ? titled : after);
    if (named.isEmpty() && intro == null) {
      // "rivals ranging from A to B", "Its competitors range from giants such as A to start-ups like B".
      named = RivalScopes.ranging(v, after);
    }
    if (listing && intro == null) {
      // "Competitors include big labs such as A as well as newcomers like B": the examples of each group.
      named = new ArrayList<>(RivalPhrases.orExamples(v, named, after));
      int last = named.isEmpty() ? after : named.get(named.size() - 1).end();
      named.addAll(named.isEmpty() ? List.of() : RivalPhrases.repeated(v, last, last + 30));
    }
    if (adjacent && before.form() == EntityMention.Form.PRONOUN && v.is(before.first() - 1, "and")
        && v.mention(before.first() - 2) != null) {
      // "chips to Initech and its rival Globex": the pronoun is the name just before "and".
      before = v.mention(before.first() - 2);
    }
    if (adjacent && before.form() != EntityMention.Form.CANDIDATE) {
      RivalPossessed.read(v, cue, before, named, out);
      return;
    }
    if (v.is(cue.end(), "of", "to")) {
      RivalComplements.ofOrTo(v, cue, topic, out);
      return;
    }
    if (!named.isEmpty()) {
      List<EntityMention> subject = RivalClauses.subject(v, cue.first());
      if (RivalClauses.partyOf(v, cue.first())) {
        // "X sells to Kasumi, which is also a customer of rivals A and B": a customer's suppliers are rivals of the
        // company that sells to it, not of the customer.
        subject = RivalClauses.seller(v, subject, named, topic);
      }
      if (subject.isEmpty()) {
        subject = RivalClauses.mainSubjectAfterOpener(v, named);
      }
      if (subject.isEmpty() && topic != null && (cue.first() <= 2 || noOrganizationBefore(v, cue.first()))) {
        // "Smaller rivals such as Surge AI and Labelbox …" opening a sentence, "That could help rivals such as Surge
        // AI" in a sentence that names no organization before them: rivals of the article's subject, or of the
        // company it backs when the subject only backs ("Globex takes a stake in Hooli … rivals such as A").
        subject = List.of(RivalBackers.backed(topic, out));
      }
      if (subject.isEmpty() || subject.stream().anyMatch(named::contains)) {
        return;
      }
      if (intro == null && !v.low(cue.first()).endsWith("s")) {
        // "despite already backing competitor Anthropic": a rival of the organization last named before.
        EntityMention other = lastOtherMention(v, cue.first(), subject);
        if (other != null) {
          RivalFinder.pairs(v, List.of(other), named, out, 0.6);
        }
        return;
      }
      RivalFinder.pairs(v, subject, named, out, 0.8);
    } else if (!RivalFields.regarded(v, cue.first()).isEmpty()) {
      List<EntityMention> regarded = RivalFields.regarded(v, cue.first());
      RivalFinder.pairs(v, RivalClauses.subject(v, regarded.get(0).first() - 1), regarded, out, 0.8);
    } else if (copula(v, cue.first())) {
      List<EntityMention> subject = RivalClauses.subject(v, cue.first());
      if (subject.size() >= 2) {
        RivalFinder.all(v, subject, out);
      } else if (subject.size() == 1 && topic != null && (v.is(cue.first() - 1, "another")
          || v.is(cue.first() - 1, "a", "an") && v.is(cue.first() - 2, "also"))) {
        // "Lambda is another competitor", "Lambda is also a rival": one more rival of the article's subject.
        RivalFinder.pairs(v, subject, List.of(topic), out, 0.7);
      }
    }
  }

  /** Returns the mentions an appositive noun phrase starting at {@code k} is set beside: "OpenAI, its rival". */
  private static List<EntityMention> apposedTo(View v, int k) {
    int p = k - 1;
    while (p >= 0 && v.is(p, "one", "of", "the", "a", "an", "another")) {
      p--;
    }
    return v.is(p, ",") ? RivalFields.listBefore(v, p) : List.of();
  }

  /** "X and Y are (fierce) rivals", "X and Y remain competitors". */
  private static boolean copula(View v, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
      if (v.copula(k)) {
        return true;
      }
      if (v.tok(k).type() != Token.Type.WORD || v.mention(k) != null) {
        return false;
      }
    }
    return false;
  }

  /** Returns true when no organization or pronoun is named before {@code before} in the sentence. */
  private static boolean noOrganizationBefore(View v, int before) {
    return v.mentions.stream().noneMatch(m -> m.first() < before && m.form() != EntityMention.Form.PERSON);
  }

  /** Returns the last organization named before {@code before} that is not one of {@code subject}, or null. */
  static EntityMention lastOtherMention(View v, int before, List<EntityMention> subject) {
    for (int k = before - 1; k >= 0; k--) {
      EntityMention m = v.mention(k);
      if (m != null && !subject.contains(m) && m.form() != EntityMention.Form.CANDIDATE
          && m.form() != EntityMention.Form.PRONOUN) {
        return m;
      }
    }
    return null;
  }
}
