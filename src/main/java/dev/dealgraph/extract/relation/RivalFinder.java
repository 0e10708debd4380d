package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds organizations stated to compete: "X competes with Y", "X takes on Y", "in direct competition with Y",
 * "faces competition from Y", "battle between X and Y", "X vs Y", "X's rival Y", "rivals like Y and Z",
 * "Y, a competitor of X", "the ChatGPT rival"; never mere co-occurrence.
 *
 * <p>One piece of about 500 lines because the readings of a rival noun (apposed, possessed, listed, introduced by
 * "of" or by a relative clause) share one walk around the noun; split apart, each would repeat it. Rivalry told
 * across sentences lives in {@link RivalDiscourse}, groups chasing one prize in {@link RivalGroups}, groups named
 * by "the two" or "all three" in {@link PairReference}, products standing for their makers in
 * {@link RivalProducts}, hidden subjects in {@link RivalClauses}, and asides inside lists and clauses in
 * {@link RivalAsides}.
 */
final class RivalFinder {

  /** How many words ("head-to-head", "directly") may stand between a verb and its "with". */
  private static final int ADVERB_GAP = 6;

  /** Adds the rivalries of a sentence; {@code topic} is the subject of the sentences before, if any. */
  void find(View sentence, EntityMention topic, Collected out) {
    View v = RivalDiscourse.aboutTopic(sentence, topic, out);
    RivalProducts.learn(v, out.productOwners);
    out.recentSubjects = RivalDiscourse.subjects(v, out.recentSubjects);
    List<EntityMention> awaiting = out.awaitingRivals;
    out.awaitingRivals = List.of();
    List<EntityMention> opening = v.mentionAt(0) == null ? List.of() : NounPhrases.list(v, 0);
    if (opening.size() >= 2 && awaiting.stream().noneMatch(opening::contains)
        && java.util.stream.IntStream.range(0, v.size()).noneMatch(k -> v.words.verbs.containsKey(v.low(k)))) {
      // A sentence stating a deal names backers, not rivals.
      // "… faces competition from the largest groups. Initech, Globex and Hooli all sell …": the named examples.
      pairs(v, awaiting, opening, out, 0.7);
    }

    RivalDiscourse.find(v, out);
    for (EntityMention m : v.mentions) {
      // "Initech, the Globex rival, …": an apposed description is said of the name before its comma.
      EntityMention described = m.entity().isPresent() || !v.is(m.first() - 1, ",") ? m : v.mention(m.first() - 2);
      List<EntityMention> cast = m.entity().isPresent() ? List.of() : RivalAsides.reflexive(v, m.first());
      // "Quanta AI presents itself as the rival of Globex": the description is said of the verb's subject.
      described = cast.size() == 1 ? cast.get(0) : described;
      if (m.rivalOf().isPresent() && described != null && described.entity().isPresent()) {
        EntityMention other = new EntityMention(m.first(), m.end(), EntityMention.Form.NAME,
            List.of(m.rivalOf().get()), false, java.util.Optional.empty());
        out.rivals(v, described, other, 0.75);
        if (cast.size() == 1 && v.is(m.end(), "and", ",")) {
          // "… itself as the rival of Globex and Hooli": the names joined to the description's own.
          pairs(v, cast, NounPhrases.list(v, m.end() + 1), out, 0.75);
        }
      }
    }
    for (PhraseIndex.Match<String> cue : v.cues) {
      if (v.mention(cue.first()) != null || StatusReader.negated(v, Math.max(0, cue.first() - 6), cue.first())
          || inside(v, cue)) {
        continue;
      }
      switch (cue.value()) {
        case "competition:verb-with" -> verbWith(v, cue, out);
        case "competition:verb-object" -> {
          if (!v.is(cue.first(), "rivals") || v.mention(cue.first() - 1) != null || v.is(cue.first() - 1, "that",
              "which")) {
            List<EntityMention> named = NounPhrases.phrase(v, cue.end());
            List<EntityMention> object = new ArrayList<>(named.isEmpty() ? RivalClauses.relativeObject(v, cue.first())
                : named);
            if (!named.isEmpty() && v.words.prepositions.contains(v.low(cue.end() - 1))) {
              // "goes up against A in Europe and against B in the US".
              int last = named.get(named.size() - 1).end();
              object.addAll(RivalPhrases.repeated(v, last, last + 30, v.low(cue.end() - 1)));
            }
            List<EntityMention> subject = RivalPhrases.aimOwner(v, cue.first())
                .orElseGet(() -> RivalClauses.subject(v, cue.first()));
            // "Both are taking on the incumbents: A, B and C": a subject found among the objects is none.
            if (subject.stream().noneMatch(object::contains)) {
              pairs(v, subject, object, out, 0.85);
            }
          }
        }
        case "competition:noun-with", "competition:noun-from" -> {
          List<EntityMention> subject = RivalClauses.subject(v, cue.first());
          List<EntityMention> rivals = new ArrayList<>(RivalPhrases.orExamples(v, NounPhrases.phrase(v, cue.end()),
              cue.end()));
          if (!rivals.isEmpty()) {
            // "competition from clouds such as A and B, as well as from smaller clouds including C".
            int last = rivals.get(rivals.size() - 1).end();
            rivals.addAll(RivalPhrases.repeated(v, last, last + 30, v.low(cue.end() - 1)));
          }
          if (subject.isEmpty() && !rivals.isEmpty()) {
            subject = RivalFields.feltBy(v, cue.first(), rivals, topic);
          }
          pairs(v, subject, rivals, out, 0.85);
          if (v.low(cue.first()).startsWith("alternative")) {
            RivalFields.examplesOf(v, rivals, out);
          }
          if (rivals.isEmpty() && RivalPhrases.describedToTheEnd(v, cue.end())) {
            out.awaitingRivals = subject;
          }
        }
        case "competition:between" -> all(v, NounPhrases.phrase(v, cue.end()), out);
        case "competition:versus" -> {
          EntityMention a = v.mention(cue.first() - 1);
          EntityMention b = v.mentionAt(v.is(cue.end(), ".") ? cue.end() + 1 : cue.end());
          if (a != null && b != null) {
            out.rivals(v, a, b, 0.85);
          }
        }
        case "competition:rival-noun" -> rivalNoun(v, cue, topic, out);
        case "competition:pair-noun" -> {
          joined(v, cue.first(), out);
          RivalFields.prizeBetween(v, cue.first(), out);
        }
        case "competition:crowded" -> RivalFields.crowded(v, cue, out);
        case "competition:leader-verb" -> RivalFields.leaders(v, cue, out);
        case "competition:not-alone" -> RivalDiscourse.notAlone(v, cue, out);
        case "competition:race-joiner" -> RivalDiscourse.raceJoiner(v, cue, topic, out);
        case "competition:group-race" -> RivalGroups.race(v, cue, out);
        case "competition:peer-joiner" -> RivalGroups.peers(v, cue, out);
        default -> { }
      }
    }
  }

  /**
   * Returns true for a rivalry verb inside a longer one that starts before it ("up against" in "goes up against"):
   * the longer one is read, with its own subject.
   */
  private static boolean inside(View v, PhraseIndex.Match<String> cue) {
    return verb(cue) && v.cues.stream().anyMatch(o -> verb(o) && o.first() < cue.first() && o.end() >= cue.end());
  }

  private static boolean verb(PhraseIndex.Match<String> cue) {
    return cue.value().equals("competition:verb-with") || cue.value().equals("competition:verb-object");
  }

  /** "The Acme-Globex rivalry", "the Acme/Globex race": two names joined by a dash right before the noun. */
  private static void joined(View v, int noun, Collected out) {
    EntityMention b = v.mention(noun - 1);
    if (b == null || b.first() < 2 || !v.is(b.first() - 1, "-", "–", "—", "/")) {
      return;
    }
    EntityMention a = v.mention(b.first() - 2);
    if (a != null) {
      out.rivals(v, a, b, 0.85);
    }
  }

  private void verbWith(View v, PhraseIndex.Match<String> cue, Collected out) {
    List<EntityMention> subject = RivalClauses.subject(v, cue.first());
    int k = v.is(cue.end() - 1, "with", "against") ? cue.end() - 1 : cue.end();
    // "competing head-to-head against": the dashes of a compound adverb do not end the gap.
    while (k < Math.min(v.size(), cue.end() + ADVERB_GAP) && !v.is(k, "with", "against")
        && v.mention(k) == null && (!Slots.boundary(v, k) || v.is(k, "-")) && !v.is(k, ",")) {
      k++;
    }
    if (v.is(k, "with", "against")) {
      List<EntityMention> rivals = new ArrayList<>(RivalPhrases.orExamples(v, NounPhrases.phrase(v, k + 1), k + 1));
      if (rivals.isEmpty()) {
        // "MAI models, which compete with OpenAI's.": the owner of the elided noun.
        rivals.addAll(RivalPhrases.elidedOwners(v, k + 1));
      }
      // "… not only with DeepSeek but also with Baidu's Ernie Bot", "… with AWS and with Azure", "… with both
      // companies for contracts, as well as with Y".
      int from = rivals.isEmpty() ? k + 1 : rivals.get(rivals.size() - 1).end();
      while (rivals.isEmpty() && from < k + 4 && v.mention(from) == null && v.tok(from).type() == Token.Type.WORD
          && !v.is(from, "for", "in", "on", "as", "and", "but")) {
        from++;
      }
      rivals.addAll(RivalPhrases.repeated(v, from, k + 30, "with", "against"));
      pairs(v, subject, rivals, out, 0.9);
      // "Like Globex, Initech competes with Hooli", "Initech is vying with Hooli, as is Cyberdyne": the others do
      // the same, with rivals named outright (a description here reads as the subject's rival, not theirs).
      if (rivals.stream().allMatch(EntityMention::named)) {
        List<EntityMention> others = new ArrayList<>(RivalAsides.likeOpener(v, subject));
        others.addAll(RivalAsides.asIs(v, k + 1));
        pairs(v, others, rivals, out, 0.8);
      }
    } else if (subject.size() >= 2) {
      all(v, subject, out);
    } else if (subject.size() == 1) {
      // "chips for OpenAI and Anthropic, which compete for developers": a plural verb after "which" is said of
      // the whole list before it.
      all(v, RivalClauses.pluralAntecedent(v, subject.get(0), cue.first()), out);
    }
  }

  private void rivalNoun(View v, PhraseIndex.Match<String> cue, EntityMention topic, Collected out) {
    if (v.is(cue.first(), "competition")) {
      competition(v, cue, out);
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
      pairs(v, List.of(owner), elided.isEmpty() ? NounPhrases.phrase(v, k) : elided, out, 0.8);
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
      pairs(v, subject.isEmpty() ? List.of(topic) : subject, namedAfter, out, 0.7);
      return;
    }
    List<EntityMention> listed = RivalPhrases.afterColon(v, cue.end());
    if (cue.first() <= 3 && topic != null && listed.size() >= 2 && !listed.contains(topic)) {
      // "The domestic rivals have struggled: A, B and C …": rivals of the article's subject.
      pairs(v, List.of(topic), listed, out, 0.7);
      return;
    }
    List<EntityMention> pressed = listed.size() >= 2 && RivalPhrases.definite(v, cue.first())
        ? RivalClauses.subject(v, cue.first()) : List.of();
    if (!pressed.isEmpty() && pressed.stream().noneMatch(listed::contains)) {
      // "Hooli's rise has put pressure on the domestic rivals among its peers: A, B and C": the subject's rivals.
      pairs(v, pressed, listed, out, 0.7);
      return;
    }
    EntityMention possessor = v.mention(cue.first() - 1);
    if (possessor != null && possessor.possessive() && !listed.isEmpty() && !listed.contains(possessor)) {
      // "Its competitors are not standing still: OpenAI and Anthropic are both selling …".
      pairs(v, List.of(possessor), listed, out, 0.8);
      return;
    }
    int k = cue.first() - 1;
    while (k >= 0 && (v.mention(k) == null || ClauseParts.placeWord(v, k))
        && (v.tok(k).type() == dev.dealgraph.extract.text.Token.Type.WORD
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
      pairs(v, RivalClauses.subject(v, cue.first()), NounPhrases.list(v, after + 1), out, 0.8);
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
      pairs(v, subject.isEmpty() && topic != null ? List.of(topic) : subject, NounPhrases.list(v, included), out,
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
        pairs(v, List.of(before), apposed, out, 0.85);
        return;
      } else if (apposed.size() >= 2 && v.low(cue.first()).endsWith("s") && !v.is(cue.end(), "of", "to")) {
        all(v, apposed, out);
        return;
      } else if (apposed.size() == 1 && topic != null && v.is(k, "a", "an", "another")
          && !v.low(cue.first()).endsWith("s") && !v.is(cue.end(), "of", "to") && apposed.get(0).named()) {
        // "OpenAI raised $6.6 billion. xAI, a rival founded by Elon Musk, …", "Brisk, a Stockholm-based rival that
        // raised …": a rival of the article's subject.
        pairs(v, List.of(topic), apposed, out, 0.7);
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
      int copula = before.first() - 1;
      while (copula > 0 && v.words.adverbs.contains(v.low(copula))) {
        copula--;
      }
      if (named.isEmpty() && before.possessive() && v.copula(copula)) {
        // "DeepMind is OpenAI's main rival", "A, B and C are its main rivals", "Initech is now its fiercest rival".
        named = RivalClauses.subject(v, copula);
      } else if (named.isEmpty() && before.possessive() && v.is(before.first() - 1, "among", "as")) {
        // "Initech counts Globex and Hooli among its rivals", "… counts A and B as its main rivals".
        List<EntityMention> counted = RivalFields.listBefore(v, before.first() - 1);
        named = v.is(before.first() - 1, "among") || !counted.isEmpty()
            && v.cueAt("competition:regard-verb", counted.get(0).first() - 1) != null ? counted : named;
        if (!named.isEmpty()) {
          // "… counts A and B among its competitors, along with C".
          named = new ArrayList<>(named);
          named.addAll(RivalPhrases.repeated(v, cue.end(), cue.end() + 20));
        }
      } else if (named.isEmpty() && !before.possessive()
          && v.is(before.first() - 1, "a", "an") && v.copula(before.first() - 2)) {
        // "Chatterbox is a Latex rival": the subject of the copula.
        named = RivalClauses.subject(v, before.first() - 2);
      } else if (named.isEmpty() && before.possessive() && !v.low(cue.first()).endsWith("s")
          && v.words.prepositions.contains(v.low(before.first() - 1))) {
        // "… will invest in Intel and work with its long-time rival": the other company named before.
        EntityMention other = lastOtherMention(v, before.first(), List.of(before));
        named = other == null ? named : List.of(other);
      }
      List<EntityMention> main = before.form() == EntityMention.Form.PRONOUN && !named.isEmpty()
          ? RivalClauses.mainSubjectAfterOpener(v, named) : List.of();
      if (!main.isEmpty()) {
        // "Unlike its rivals A and B, which own data centres, X rents servers": "its" looks ahead to X.
        pairs(v, main, named, out, 0.85);
        return;
      }
      int faced = RivalAsides.facedAt(v, before.first());
      if (faced >= 0 && !named.isEmpty()) {
        // "X now faces the Initech challenger Zorbit as well as Globex's Nimbus": each is X's rival, and only the
        // first is said to challenge Initech.
        pairs(v, RivalClauses.subject(v, faced), named, out, 0.8);
        named = RivalAsides.firstGroup(v, named);
      }
      pairs(v, List.of(before), named, out, 0.9);
      return;
    }
    if (v.is(cue.end(), "of", "to")) {
      // "a challenger to the likes of A and B": the examples the phrase gives.
      List<EntityMention> of = new ArrayList<>(
          RivalPhrases.orExamples(v, NounPhrases.phrase(v, cue.end() + 1), cue.end() + 1));
      int end = of.isEmpty() ? cue.end() + 1 : of.get(of.size() - 1).end();
      // "a challenger to the maker of X and to the maker of Y".
      of.addAll(RivalPhrases.repeated(v, end, end + 20, v.low(cue.end())));
      end = of.isEmpty() ? end : Math.max(end, of.get(of.size() - 1).end());
      PhraseIndex.Match<String> examples = v.cueAt("competition:list-intro", v.is(end, ",") ? end + 1 : end);
      List<EntityMention> described = examples != null ? NounPhrases.list(v, examples.end())
          : RivalClauses.subject(v, cue.first());
      if (described.isEmpty() && examples == null) {
        // "Quanta AI presents itself as the rival of Globex".
        described = RivalAsides.reflexive(v, cue.first());
      }
      if (described.isEmpty() && examples == null && topic != null && RivalPhrases.indefinite(v, cue.first())) {
        // "… will want a home-grown challenger to X": the article's subject is the challenger meant.
        described = List.of(topic);
      }
      // "a challenger to OpenAI, alongside xAI and Mistral": those named alongside challenge it too.
      List<EntityMention> fellows = RivalPhrases.alongside(v, of);
      of.removeAll(fellows);
      pairs(v, described, of, out, 0.85);
      pairs(v, fellows, of, out, 0.8);
      pairs(v, described, fellows, out, 0.75);
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
      if (subject.isEmpty() && cue.first() <= 2 && topic != null) {
        // "Smaller rivals such as Surge AI and Labelbox …" opening a sentence: rivals of the article's subject.
        subject = List.of(topic);
      }
      if (subject.isEmpty() || subject.stream().anyMatch(named::contains)) {
        return;
      }
      if (intro == null && !v.low(cue.first()).endsWith("s")) {
        // "despite already backing competitor Anthropic": a rival of the organization last named before.
        EntityMention other = lastOtherMention(v, cue.first(), subject);
        if (other != null) {
          pairs(v, List.of(other), named, out, 0.6);
        }
        return;
      }
      pairs(v, subject, named, out, 0.8);
    } else if (!RivalFields.regarded(v, cue.first()).isEmpty()) {
      List<EntityMention> regarded = RivalFields.regarded(v, cue.first());
      pairs(v, RivalClauses.subject(v, regarded.get(0).first() - 1), regarded, out, 0.8);
    } else if (copula(v, cue.first())) {
      List<EntityMention> subject = RivalClauses.subject(v, cue.first());
      if (subject.size() >= 2) {
        all(v, subject, out);
      } else if (subject.size() == 1 && topic != null && (v.is(cue.first() - 1, "another")
          || v.is(cue.first() - 1, "a", "an") && v.is(cue.first() - 2, "also"))) {
        // "Lambda is another competitor", "Lambda is also a rival": one more rival of the article's subject.
        pairs(v, subject, List.of(topic), out, 0.7);
      }
    }
  }

  /**
   * "faces competition in robotaxis from Waymo … and in electric cars from BYD", "its real competition is Nagare
   * Voice": the noun "competition" with its rivals a few words on.
   */
  private static void competition(View v, PhraseIndex.Match<String> cue, Collected out) {
    List<EntityMention> subject = RivalClauses.subject(v, cue.first());
    EntityMention owner = v.mention(cue.first() - 1);
    if (owner == null && v.mention(cue.first() - 2) != null && v.mention(cue.first() - 2).possessive()) {
      owner = v.mention(cue.first() - 2);
    }
    if (owner != null && owner.possessive()) {
      subject = List.of(owner);
    }
    List<EntityMention> rivals = new ArrayList<>();
    int k = cue.end();
    int limit = Math.min(v.size(), cue.end() + Slots.REACH);
    while (k < limit && !v.is(k, ";", ":", ".")) {
      if (v.is(k, "from", "with", "is", "are", "comes") && v.mentionAt(k + 1) != null) {
        List<EntityMention> found = NounPhrases.list(v, k + 1);
        rivals.addAll(found);
        k = found.get(found.size() - 1).end();
        continue;
      }
      if (v.mention(k) != null || Slots.boundary(v, k) && !v.is(k, "-")) {
        break;
      }
      k++;
    }
    if (rivals.isEmpty() && subject.size() >= 2 && RivalPhrases.inState(v, cue.first())) {
      // "Naver and Kakao are in fierce competition": the subject's members compete with each other.
      all(v, subject, out);
      return;
    }
    pairs(v, subject, rivals, out, 0.8);
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
      if (v.tok(k).type() != dev.dealgraph.extract.text.Token.Type.WORD || v.mention(k) != null) {
        return false;
      }
    }
    return false;
  }

  private static EntityMention lastOtherMention(View v, int before, List<EntityMention> subject) {
    for (int k = before - 1; k >= 0; k--) {
      EntityMention m = v.mention(k);
      if (m != null && !subject.contains(m) && m.form() != EntityMention.Form.CANDIDATE
          && m.form() != EntityMention.Form.PRONOUN) {
        return m;
      }
    }
    return null;
  }

  static void pairs(View v, List<EntityMention> left, List<EntityMention> right, Collected out,
      double confidence) {
    for (EntityMention a : left) {
      for (EntityMention b : right) {
        if (a != b) {
          out.rivals(v, a, b, confidence);
        }
      }
    }
  }

  static void all(View v, List<EntityMention> members, Collected out) {
    List<EntityMention> list = new ArrayList<>(members);
    for (int x = 0; x < list.size(); x++) {
      for (int y = x + 1; y < list.size(); y++) {
        out.rivals(v, list.get(x), list.get(y), 0.85);
      }
    }
  }
}
