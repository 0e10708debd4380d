package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves descriptions and pronouns to the entities mentioned before them, by salience: recent mentions
 * weigh more, subjects and fronted topics more than objects and possessors, and a candidate must agree with
 * what the description says (tags, home city, country, not the organization it is said to rival).
 */
final class Coreference {

  /** How many sentences back a pronoun and a description look for their referent. */
  private static final int PRONOUN_WINDOW = 5;
  private static final int DESCRIPTION_WINDOW = 6;
  /** How far back a specific description ("the Seattle company") looks when the recent sentences fail. */
  private static final int SPECIFIC_WINDOW = 40;
  private static final double[] RECENCY = {3.5, 2.0, 1.2, 0.8, 0.5, 0.4, 0.3};

  private static final double LIST_MEMBER = 0.5;
  /** The subject of a main clause after a fronted phrase weighs as much as a relative clause's antecedent. */
  private static final double SUBJECT = 1.5;
  /**
   * The article's subject, the organization most often named in headlines, first and as a sentence's subject, stays a
   * likely referent of "the company" after lists of investors and partners have pushed it back. Pronouns follow
   * the nearer subject ("Google, which deepens its stake") and get no such help.
   */
  private static final double TOPIC_DESCRIPTION = 1.0;
  /** An organization whose city the gazetteer does not know only may match a place: it weighs less. */
  private static final double UNKNOWN_PLACE = 0.6;

  private final Knowledge knowledge;
  private final Set<String> prepositions;
  private final Set<String> clauseOpeners;
  private final Set<String> ingNouns;

  Coreference(Knowledge knowledge, Set<String> prepositions, Set<String> clauseOpeners, Set<String> ingNouns) {
    this.knowledge = knowledge;
    this.prepositions = prepositions;
    this.clauseOpeners = clauseOpeners;
    this.ingNouns = ingNouns;
  }

  /** One earlier mention as coreference weighs it. */
  private record Seen(Entity entity, int sentence, double weight) {}

  /** Returns, per sentence, the names with the descriptions and pronouns resolved, in token order. */
  List<List<EntityMention>> resolve(List<Sentence> sentences, List<List<EntityMention>> names,
      List<List<Reference>> references, Map<String, Set<String>> discoveredTags) {
    List<Seen> history = new ArrayList<>();
    Map<String, Double> named = new HashMap<>();
    Entity topic = null;
    List<List<EntityMention>> out = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      List<EntityMention> merged = new ArrayList<>();
      List<EntityMention> own = names.get(k);
      List<Reference> refs = references.get(k);
      int n = 0;
      int r = 0;
      // "Founded in 2021 by a Globex engineer, Tarn builds …": names in a fronted phrase are no antecedent of a
      // later "it", the main clause's subject after the comma is.
      boolean fronted = fronted(s, own);
      while (n < own.size() || r < refs.size()) {
        boolean takeName = r >= refs.size() || n < own.size() && own.get(n).first() < refs.get(r).first();
        EntityMention m;
        if (takeName) {
          m = own.get(n++);
        } else {
          Reference ref = refs.get(r++);
          EntityMention apposed = merged.isEmpty() ? null : merged.get(merged.size() - 1);
          List<Entity> candidates = !ref.pronoun() && apposed != null && (apposed.named() || apposed.form() == EntityMention.Form.CANDIDATE) && ref.first() > 0
              && apposed.end() == ref.first() - 1 && s.token(ref.first() - 1).is(",", "—", "–", "--")
              && ref.rivalOf().isEmpty()
              && apposed.entity().filter(e -> e.kind() != dev.dealgraph.extract.EntityKind.PERSON).isPresent()
              // "Halden & Crane, the listed logistics group," and "Perplexity — the answer engine": a description in
              // apposition is the name before it.
              ? List.of(apposed.entity().get())
              : candidates(ref, k, history, discoveredTags, topic);
          m = new EntityMention(ref.first(), ref.end(),
              ref.pronoun() ? EntityMention.Form.PRONOUN : EntityMention.Form.DESCRIPTION, candidates,
              ref.possessive(), ref.rivalOf());
        }
        merged.add(m);
        boolean subject = fronted && mainSubject(s, m);
        boolean inFront = fronted && !subject && !pastFront(s, m);
        fronted = inFront;
        if (m.entity().isPresent() && m.form() != EntityMention.Form.CANDIDATE) {
          double weight = subject ? SUBJECT : role(s, m, merged.size() == 1);
          if (inFront || !subject && listMember(s, m, merged)) {
            // "investors include A, B and C": a member of a list is seldom what a later "it" or "the company"
            // means; the article's subject usually is.
            weight *= LIST_MEMBER;
          }
          history.add(new Seen(m.entity().get(), k, weight));
          if (m.named() && m.form() != EntityMention.Form.PERSON) {
            // Headlines and sentence subjects name the article's subject; names further in count little.
            double count = named.merge(m.entity().get().name(),
                k == 0 || topic == null ? 2 : subject || merged.size() == 1 && m.first() <= 1 ? 1 : 0.25,
                Double::sum);
            if (topic == null || count > named.get(topic.name())) {
              topic = m.entity().get();
            }
          }
        }
      }
      out.add(merged);
    }
    return out;
  }

  /**
   * Returns true for a sentence opened by a participle or preposition ("Founded by …", "Backed by …", "In 2021,")
   * rather than by its subject.
   */
  private boolean fronted(Sentence s, List<EntityMention> names) {
    if (s.size() < 4 || s.token(0).type() != Token.Type.WORD
        || !names.isEmpty() && names.get(0).first() == 0) {
      return false;
    }
    String w = s.token(0).lower();
    // "For OpenAI, Amazon's money …" names the topic the rest is about, which role() weighs as such.
    return prepositions.contains(w) && !w.equals("for")
        || w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing") && !ingNouns.contains(w));
  }

  /** Returns true for the first mention after a comma that a verb follows: the subject after a fronted phrase. */
  private static boolean mainSubject(Sentence s, EntityMention m) {
    if (m.possessive() || !pastFront(s, m)) {
      return false;
    }
    Token next = s.token(m.end());
    return next.type() == Token.Type.WORD && !next.capitalised()
        && !next.is("and", "or", "&") || asideAfter(s, m);
  }

  /** Returns true for a mention after a comma that continues no list: the fronted phrase has ended before it. */
  private static boolean pastFront(Sentence s, EntityMention m) {
    return m.first() > 0 && s.token(m.first() - 1).is(",") && m.end() < s.size()
        && (!s.token(m.end()).is("and", "or", "&", ",") || asideAfter(s, m));
  }

  /**
   * Returns true when an aside in lower case follows a name after its comma ("In Freiburg, Quanta AI, founded by
   * …, is raising"): the name is the main clause's subject, not the next member of a list.
   */
  private static boolean asideAfter(Sentence s, EntityMention m) {
    if (m.end() + 1 >= s.size() || !s.token(m.end()).is(",")) {
      return false;
    }
    Token next = s.token(m.end() + 1);
    return next.type() == Token.Type.WORD && !next.capitalised() && !next.is("and", "or", "&");
  }

  private List<Entity> candidates(Reference ref, int sentence, List<Seen> history, Map<String, Set<String>> tags,
      Entity topic) {
    if (ref.maker().isPresent()) {
      return List.of(ref.maker().get());
    }
    int window = ref.pronoun() ? PRONOUN_WINDOW : DESCRIPTION_WINDOW;
    List<Entity> found = rank(ref, sentence, history, tags, window, topic);
    boolean specific = !ref.tags().contains("*") || ref.place().isPresent() || ref.country().isPresent();
    if (found.isEmpty() && specific) {
      found = rank(ref, sentence, history, tags, SPECIFIC_WINDOW, topic);
    }
    if (found.isEmpty() && ref.place().isPresent()) {
      // "the Mountain View search giant" before any name: the one organization of its sort based there.
      found = knowledge.onlyOneIn(ref.place().get(), org -> agrees(ref, org, tags)).stream().toList();
    }
    return found;
  }

  private List<Entity> rank(Reference ref, int sentence, List<Seen> history, Map<String, Set<String>> tags,
      int window, Entity topic) {
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, Entity> byName = new HashMap<>();
    for (int h = history.size() - 1; h >= 0; h--) {
      Seen seen = history.get(h);
      int distance = sentence - seen.sentence();
      if (distance > window) {
        break;
      }
      Entity e = seen.entity();
      if (!agrees(ref, e, tags)) {
        continue;
      }
      double recency = RECENCY[Math.min(distance, RECENCY.length - 1)];
      if ((ref.place().isPresent() || ref.country().isPresent()) && !knowledge.placed(e)) {
        recency *= UNKNOWN_PLACE;
      }
      // Later mentions in the same sentence win ties: "…rivals like Microsoft, and Google, which … its".
      double order = distance == 0 ? 0.001 * h : 0;
      // The most salient mention counts; a description also weighs a little how often the entity recurs.
      double bonus = ref.pronoun() ? 0.1 : 0.15;
      score.merge(e.name(), recency * seen.weight() + order, (a, b) -> Math.max(a, b) + bonus);
      byName.putIfAbsent(e.name(), e);
    }
    if (topic != null && !ref.pronoun() && (score.containsKey(topic.name()) || agrees(ref, topic, tags))) {
      // The subject stays in reach of "the new lab" even when it was last named many sentences back.
      score.merge(topic.name(), TOPIC_DESCRIPTION, Double::sum);
      byName.putIfAbsent(topic.name(), topic);
    }
    return score.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(3).map(en -> byName.get(en.getKey())).toList();
  }

  private boolean agrees(Reference ref, Entity e, Map<String, Set<String>> tags) {
    if (ref.rivalOf().isPresent()) {
      // "the ChatGPT rival" is an organization of the same sort as the one it rivals.
      Entity rival = ref.rivalOf().get();
      Set<String> rivalTags = Set.copyOf(knowledge.organization(rival).map(o -> o.tags()).orElse(List.of()));
      return !rival.name().equals(e.name()) && (rivalTags.isEmpty()
          || knowledge.fits(e, rivalTags, tags.getOrDefault(e.name(), Set.of("*"))));
    }
    if (ref.backer().filter(b -> b.name().equals(e.name())).isPresent()
        || !knowledge.fits(e, ref.tags(), tags.getOrDefault(e.name(), Set.of("*")))) {
      return false;
    }
    Optional<String> place = ref.place();
    if (place.isPresent() && !knowledge.basedIn(e, place.get())) {
      return false;
    }
    return ref.country().isEmpty() || knowledge.from(e, ref.country().get());
  }

  /** Returns true for a name inside a list of names: after ", " or "and" right past another name, or before one. */
  private static boolean listMember(Sentence s, EntityMention m, List<EntityMention> merged) {
    if (m.form() == EntityMention.Form.PRONOUN || m.form() == EntityMention.Form.DESCRIPTION) {
      return false;
    }
    if (merged.size() >= 2 && m.first() > 0 && s.token(m.first() - 1).is(",", "and", "&")
        && merged.get(merged.size() - 2).end() == m.first() - 1) {
      return true;
    }
    int next = m.end();
    if (next + 1 < s.size() && s.token(next).is("and", "&") && s.token(next + 1).capitalised()
        && s.token(next + 1).type() == dev.dealgraph.extract.text.Token.Type.WORD) {
      // "Hooli and Globex were among its backers": each of two joined names is a list member too.
      return true;
    }
    return next + 1 < s.size() && s.token(next).is(",") && s.token(next + 1).capitalised()
        && s.token(next + 1).type() == dev.dealgraph.extract.text.Token.Type.WORD && listFollows(s, next + 1);
  }

  /** Returns true when an "and" closes the names that start at {@code from} within a few tokens. */
  private static boolean listFollows(Sentence s, int from) {
    for (int k = from; k < Math.min(s.size(), from + 12); k++) {
      if (s.token(k).is("and", "&")) {
        return true;
      }
      if (s.token(k).is(".", ";", ":") || s.token(k).type() == dev.dealgraph.extract.text.Token.Type.WORD
          && !s.token(k).capitalised()) {
        return false;
      }
    }
    return false;
  }

  /** Weighs a mention by its grammatical place: subjects and fronted topics count most, possessors least. */
  private double role(Sentence s, EntityMention m, boolean firstInSentence) {
    if (m.possessive()) {
      // "Amazon's move …": the possessor of a sentence's first noun phrase is nearly its subject; the owner of
      // a named unit ("SoftBank's Vision Fund 2 also joined") is not.
      boolean ownsName = m.end() < s.size() && s.token(m.end()).capitalised();
      return ownsName ? 0.5 : firstInSentence ? 1.2 : 0.7;
    }
    String before = m.first() > 0 ? s.token(m.first() - 1).lower() : "";
    String next = m.end() < s.size() ? s.token(m.end()).lower() : "";
    if (next.equals(",") && m.end() + 1 < s.size() && s.token(m.end() + 1).is("which", "who")) {
      // "Google, which continues to deepen its investments": the antecedent is the relative clause's subject.
      return 1.5;
    }
    if (prepositions.contains(before)) {
      boolean topic = before.equals("for") && m.first() == 1 && next.equals(",");
      boolean absolute = before.equals("with") && participle(s, m.end());
      boolean clause = clauseOpeners.contains(before) && !before.equals("like")
          && s.token(Math.min(m.end(), s.size() - 1)).type() == dev.dealgraph.extract.text.Token.Type.WORD
          && !prepositions.contains(next) && !next.equals("and") && !next.equals("or");
      return topic || absolute || clause ? 1.5 : 0.8;
    }
    boolean atStart = m.first() == 0 || before.equals(",") || s.token(m.first() - 1).is("the", "this", "that")
        && (m.first() == 1 || s.token(m.first() - 2).is(","));
    return firstInSentence && atStart || clauseOpeners.contains(before) ? 1.5 : 1.0;
  }

  /** Returns true when an -ing participle follows, adverbs aside: "with the lender reportedly stepping in". */
  private boolean participle(Sentence s, int from) {
    for (int k = from; k < Math.min(s.size(), from + 3); k++) {
      String w = s.token(k).lower();
      if (w.length() > 4 && w.endsWith("ing") && !ingNouns.contains(w)) {
        return true;
      }
      if (!w.endsWith("ly")) {
        return false;
      }
    }
    return false;
  }
}
