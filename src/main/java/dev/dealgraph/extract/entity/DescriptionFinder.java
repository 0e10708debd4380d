package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds definite descriptions ("the tech giant", "the Seattle company", "the ChatGPT maker", "the creator of
 * Claude", "the ChatGPT rival") and the pronouns "it", "its", "itself", with what each requires of its referent.
 */
final class DescriptionFinder {

  /** The tag a reference carries when only a person can be its referent ("he", "she"). */
  static final String PERSON = "person";

  /** How far before its head a description's determiner may stand. */
  private static final int MAX_MODIFIERS = 4;
  private static final Set<String> RELATIONAL = Set.of("rival", "competitor", "challenger");

  private final PhraseIndex<String> heads;
  private final Set<String> makerNouns;
  private final Set<String> relationNouns;
  private final Set<String> cities;
  private final Map<String, String> demonyms;
  private final Set<String> expletive;
  private final Set<String> auxiliaries;
  private final Set<String> copulas;
  private final Set<String> prepositions;
  private final Set<String> participles;

  DescriptionFinder(Lexicons lex, Set<String> cities) {
    PhraseIndex.Builder<String> b = PhraseIndex.builder();
    lex.descriptions().values("head").forEach(b::add);
    RELATIONAL.forEach(r -> b.add(r, "rival"));
    this.heads = b.build();
    this.makerNouns = lex.descriptions().phrases("maker-noun");
    this.relationNouns = lex.descriptions().phrases("relation-noun");
    this.cities = cities;
    this.demonyms = lex.names().values("demonym");
    this.expletive = lex.grammar().phrases("expletive");
    this.auxiliaries = lex.grammar().phrases("auxiliary");
    this.copulas = lex.grammar().phrases("copula");
    this.prepositions = lex.grammar().phrases("preposition");
    this.participles = lex.triggers().phrases("participle");
  }

  /**
   * Returns the descriptions and pronouns of a sentence; {@code names} are its name mentions, and
   * {@code titled} receives, per name mention index, the first token of a title before it ("the AI startup").
   */
  List<Reference> find(Sentence s, List<EntityMention> names, int[] titled, AppositionHeads learned) {
    EntityMention[] nameAt = new EntityMention[s.size()];
    int[] nameIndex = new int[s.size()];
    for (int n = 0; n < names.size(); n++) {
      for (int k = names.get(n).first(); k < names.get(n).end(); k++) {
        nameAt[k] = names.get(n);
        nameIndex[k] = n;
      }
    }
    List<PhraseIndex.Match<String>> headMatches = heads.find(s.tokens());
    List<Reference> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Token t = s.token(i);
      Optional<Reference> placed = nameAt[i] == null ? placed(s, i) : Optional.empty();
      if (placed.isPresent()) {
        out.add(placed.get());
        i = placed.get().end();
        continue;
      }
      if (nameAt[i] == null && t.is("it", "its", "itself") && !expletive(s, i)) {
        out.add(new Reference(i, i + 1, true, Set.of("*"), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), t.is("its"), Optional.empty()));
        i++;
        continue;
      }
      if (nameAt[i] == null && t.is("their") && RoundOwner.ownsRound(s, i)) {
        // "Vela led their seed round": a plural pronoun for a company, or for the team that runs it, owns its round.
        out.add(new Reference(i, i + 1, true, Set.of("*"), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), true, Optional.empty()));
        i++;
        continue;
      }
      if (nameAt[i] == null && t.is("he", "she")) {
        // "Aggarwal said he is investing ₹2,000 crore": a subject pronoun refers to a person.
        out.add(new Reference(i, i + 1, true, Set.of(PERSON), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), false, Optional.empty()));
        i++;
        continue;
      }
      if (nameAt[i] == null && t.is("the", "this")) {
        PhraseIndex.Match<String> head = head(s, i, headMatches, nameAt);
        if (head != null) {
          int end = head.end();
          if (end < s.size() && nameAt[end] != null && nameAt[end].first() == end && nameAt[end].named()) {
            if (!head.value().equals("rival")) {
              titled[nameIndex[end]] = i;
            }
            // "The Globex rival Initech" is no title: the rivalry cues pair the two names.
            i = end;
            continue;
          }
          Reference r = reference(s, i, head, nameAt, learned);
          if (!head.value().equals("rival") || r.rivalOf().isPresent()) {
            // A bare "the European rival to OpenAI" is left to the rivalry cues, not resolved.
            out.add(r);
            i = r.end();
            continue;
          }
        } else {
          Optional<Reference> r = learned.at(s, i, nameAt);
          if (r.isPresent()) {
            out.add(r.get());
            i = r.get().end();
            continue;
          }
        }
      }
      i++;
    }
    return out;
  }

  /**
   * Returns the organization a home city names at {@code i}: the city in "its rival in Redmond", or the whole of
   * "its Seattle neighbour"; empty when no such phrase starts there.
   */
  private Optional<Reference> placed(Sentence s, int i) {
    if (s.token(i).is("in") && i > 0 && relationNouns.contains(s.token(i - 1).lower())) {
      int end = cityEnd(s, i + 1);
      // "Its main rival in Seattle is X" names where they compete, not the rival.
      return end < 0 || end < s.size() && copulas.contains(s.token(end).lower()) ? Optional.empty() : Optional.of(new Reference(i + 1, end, false, Set.of("*"),
          Optional.of(city(s, i + 1, end)), Optional.empty(), Optional.empty(), Optional.empty(), false,
          Optional.empty()));
    }
    int end = s.token(i).is("its") ? cityEnd(s, i + 1) : -1;
    if (end < 0 || end >= s.size() || !relationNouns.contains(s.token(end).lower())) {
      return Optional.empty();
    }
    return Optional.of(new Reference(i, end + 1, false, Set.of("*"), Optional.of(city(s, i + 1, end)),
        Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty()));
  }

  /** Returns the end of a known home city of one or two capitalised words at {@code k}, or -1. */
  private int cityEnd(Sentence s, int k) {
    if (k + 1 < s.size() && s.token(k).capitalised() && cities.contains(city(s, k, k + 2))) {
      return k + 2;
    }
    return k < s.size() && s.token(k).capitalised() && cities.contains(city(s, k, k + 1)) ? k + 1 : -1;
  }

  private static String city(Sentence s, int from, int end) {
    return String.join(" ", s.tokens().subList(from, end).stream().map(Token::lower).toList());
  }

  /** Returns true when a single word is a description head of the lexicon ("company", "chipmaker"). */
  boolean lexiconHead(String word) {
    return !heads.find(List.of(new Token(word, word, 0, word.length(), Token.Type.WORD, true))).isEmpty();
  }

  private PhraseIndex.Match<String> head(Sentence s, int det, List<PhraseIndex.Match<String>> matches,
      EntityMention[] nameAt) {
    PhraseIndex.Match<String> best = null;
    for (PhraseIndex.Match<String> m : matches) {
      if (m.first() <= det || m.first() > det + 1 + MAX_MODIFIERS || nameAt[m.end() - 1] != null) {
        continue;
      }
      boolean modifiers = true;
      for (int k = det + 1; k < m.first() && modifiers; k++) {
        Token t = s.token(k);
        // "The startup competes with ChatGPT maker OpenAI": a preposition or auxiliary ends the noun phrase, and so
        // does a spaced dash ("the three banks — Hooli Bank, …"), where a hyphen joins a modifier ("state-run").
        modifiers = nameAt[k] != null || t.type() == Token.Type.WORD && !t.is("of", "and", "or", "the", "a", "'s")
            && !prepositions.contains(t.lower()) && !auxiliaries.contains(t.lower()) || t.is("-") && !t.spaceBefore();
      }
      if (modifiers && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  private Reference reference(Sentence s, int det, PhraseIndex.Match<String> head, EntityMention[] nameAt,
      AppositionHeads learned) {
    String headText = String.join(" ", s.tokens().subList(head.first(), head.end()).stream().map(Token::lower)
        .toList());
    boolean relational = head.value().equals("rival");
    Optional<Entity> named = Optional.empty();
    Optional<Entity> backer = Optional.empty();
    Optional<String> place = Optional.empty();
    Optional<String> country = Optional.empty();
    Optional<Entity> qualified = Optional.empty();
    for (int k = det + 1; k < head.first(); k++) {
      if (nameAt[k] != null && nameAt[k].entity().isPresent() && nameAt[k].form() != EntityMention.Form.CANDIDATE) {
        int after = nameAt[k].end();
        if (after + 1 < s.size() && s.token(after).is("-") && participles.contains(s.token(after + 1).lower())) {
          backer = nameAt[k].entity();
        } else {
          named = nameAt[k].entity();
        }
      } else if (nameAt[k] != null && learned.qualified(s.token(k).lower()).isPresent()) {
        // "the Helsinki outfit" after "Brevan, a Helsinki outfit,": the word the apposition used names it.
        qualified = learned.qualified(s.token(k).lower());
      } else if (cities.contains(s.token(k).lower())) {
        place = Optional.of(s.token(k).lower());
      } else if (k + 1 < head.first() && cities.contains(s.token(k).lower() + " " + s.token(k + 1).lower())) {
        place = Optional.of(s.token(k).lower() + " " + s.token(k + 1).lower());
      } else if (demonyms.containsKey(s.token(k).lower())) {
        country = Optional.of(demonyms.get(s.token(k).lower()));
      }
    }
    int end = head.end();
    if (named.isEmpty() && end + 1 < s.size() && s.token(end).is("of", "behind") && nameAt[end + 1] != null
        && nameAt[end + 1].first() == end + 1) {
      named = nameAt[end + 1].entity();
      end = nameAt[end + 1].end();
    }
    Optional<Entity> maker = relational ? Optional.empty()
        : qualified.isPresent() ? qualified : makerNouns.contains(headText) ? named : Optional.empty();
    Optional<Entity> rivalOf = relational ? named : Optional.empty();
    boolean possessive = end < s.size() && s.token(end).is("'s", "'");
    if (possessive) {
      end++;
    }
    Set<String> tags = relational ? Set.of("ailab", "startup", "bigtech") : Set.of(head.value().split(" "));
    return new Reference(det, end, false, tags, place, country, maker, rivalOf, possessive, backer);
  }

  /** Returns true for the empty "it" of "it is unclear whether…" and "it remains to be seen". */
  private boolean expletive(Sentence s, int i) {
    int k = i + 1;
    if (k < s.size() && auxiliaries.contains(s.token(k).lower())) {
      k++;
    }
    return k < s.size() && (expletive.contains(s.token(k).lower())
        || k + 1 < s.size() && expletive.contains(s.token(k).lower() + " " + s.token(k + 1).lower()));
  }
}
