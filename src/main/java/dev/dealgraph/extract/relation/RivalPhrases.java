package dev.dealgraph.extract.relation;

import dev.dealgraph.extract.entity.EntityMention;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Token;
import java.util.List;

/** Reads the parts of a rivalry statement around its cue: whose aim it is, the examples of a field, scopes. */
final class RivalPhrases {

  private RivalPhrases() {}

  /** "its ambition to challenge Nvidia", "Rebellions' bid to take on Nvidia": the owner of the aim is the rival. */
  static java.util.Optional<List<EntityMention>> aimOwner(View v, int to) {
    EntityMention owner = v.is(to, "to") ? v.mention(to - 2) : null;
    if (owner == null || !owner.possessive() || v.tok(to - 1).type() != dev.dealgraph.extract.text.Token.Type.WORD) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(List.of(owner));
  }

  /**
   * Returns {@code named}, or when it is empty the examples a described group gives a few words on: "up against a
   * growing field of start-ups, among them Initech and Hooli", "up against the giants: Initech and Hooli".
   */
  static List<EntityMention> orExamples(View v, List<EntityMention> named, int from) {
    if (!named.isEmpty()) {
      return named;
    }
    List<EntityMention> makers = RivalOfferings.makers(v, from);
    if (!makers.isEmpty()) {
      return makers;
    }
    for (int k = from; k < Math.min(v.size(), from + 12); k++) {
      PhraseIndex.Match<String> intro = v.cueAt("competition:list-intro", k);
      if (intro != null) {
        return NounPhrases.list(v, intro.end());
      }
      if (v.is(k, ":")) {
        // "up against the big clouds themselves: A, B and C".
        return v.mentionAt(k + 1) == null ? named : NounPhrases.list(v, k + 1);
      }
      if (v.mention(k) != null || Slots.boundary(v, k)) {
        break;
      }
    }
    return named;
  }

  /** Returns true when the words from {@code from} to the sentence's end name no organization: a described group. */
  static boolean describedToTheEnd(View v, int from) {
    for (int k = from; k < v.size(); k++) {
      if (v.mention(k) != null || Slots.boundary(v, k) && !v.is(k, ".")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the token after a scope like "in world models," or "for corporate contracts," at {@code h}, or {@code h}
   * when there is none.
   */
  static int pastScope(View v, int h) {
    if (!v.is(h, "in", "on", "for", "at") || v.mentionAt(h + 1) != null) {
      return h;
    }
    for (int c = h + 1; c < Math.min(v.size(), h + 6); c++) {
      if (v.is(c, ",")) {
        return c + 1;
      }
      if (v.mention(c) != null || Slots.boundary(v, c)) {
        return h;
      }
    }
    return h;
  }

  /** Returns the list a colon a few words on opens ("the rivals have struggled: A, B and C"), or an empty list. */
  static List<EntityMention> afterColon(View v, int from) {
    for (int k = from; k < Math.min(v.size(), from + 6); k++) {
      if (v.is(k, ":")) {
        return v.mentionAt(k + 1) == null ? List.of() : NounPhrases.list(v, k + 1);
      }
      if (v.mention(k) != null || Slots.boundary(v, k)) {
        break;
      }
    }
    return List.of();
  }

  /** Returns the copula after a scope ("its closest rival in Europe is"), or {@code k} when none follows. */
  static int pastPlace(View v, int k) {
    if (!v.is(k, "in", "among", "on")) {
      return k;
    }
    for (int c = k + 1; c < Math.min(v.size(), k + 5); c++) {
      if (v.copula(c)) {
        return c;
      }
      if (v.mention(c) != null || Slots.boundary(v, c) || v.is(c, ",")) {
        break;
      }
    }
    return k;
  }

  /**
   * Returns where the list of a relative clause after a group starts ("rival start-ups, which people familiar
   * with it said included A and B"), or -1 when no such clause follows at {@code k}.
   */
  static int relativeInclude(View v, int k) {
    int r = v.is(k, ",") ? k + 1 : k;
    if (!v.is(r, "which", "that")) {
      return -1;
    }
    for (int h = r + 1; h < Math.min(v.size(), r + 14) && !v.is(h, ".", ";", ":"); h++) {
      if (v.include(h) && v.mentionAt(h + 1) != null) {
        return h + 1;
      }
    }
    return -1;
  }

  /**
   * Returns the owners of an elided noun from {@code k}: "with OpenAI's.", "rival Initech's and Hooli's" (the
   * noun named before stands for each); empty when a noun follows an owner.
   */
  static List<EntityMention> elidedOwners(View v, int k) {
    List<EntityMention> out = new java.util.ArrayList<>();
    while (v.mentionAt(k) != null && v.mentionAt(k).possessive() && out.size() < Slots.MAX_LIST) {
      EntityMention m = v.mentionAt(k);
      int next = m.end();
      if (next < v.size() && v.tok(next).type() != dev.dealgraph.extract.text.Token.Type.PUNCT
          && !v.is(next, "and", "or")) {
        return List.of();
      }
      out.add(m);
      k = v.is(next, ",") && v.is(next + 1, "and") ? next + 2 : v.is(next, ",", "and", "or") ? next + 1 : v.size();
    }
    return out;
  }

  /**
   * Returns the rivals of a cue repeated after the first ones, from {@code h} up to {@code limit}: "with X and with
   * Y", "not only with X but also with Y", "to the maker of X and to the maker of Y", "with X and the Y maker.".
   */
  static List<EntityMention> repeated(View v, int h, int limit, String... prepositions) {
    List<EntityMention> out = new java.util.ArrayList<>();
    // "with X for corporate contracts, as well as with Y": the scope of the first rival does not end the list.
    h = v.is(h, "for", "in", "on", "at") && pastScope(v, h) > h && v.is(pastScope(v, h), "as", "and", "but")
        ? pastScope(v, h) - 1 : h;
    // "with Initech, which builds speech models, as well as with Y": the clause describes the first rival only.
    h = RivalAsides.pastRelative(v, RivalScopes.after(v, h, prepositions));
    while (h < v.size() && v.is(h, "but", "and", "also", ",", "as", "well") && h < limit) {
      h = RivalScopes.before(v, pastScope(v, h + 1), prepositions);
      EntityMention described = v.mentionAt(h);
      PhraseIndex.Match<String> joiner = v.is(h - 1, ",") ? v.cueAt("competition:peer-joiner", h) : null;
      if (joiner != null && v.mentionAt(joiner.end()) != null) {
        // "its main competitors are A and B, along with C".
        List<EntityMention> more = NounPhrases.list(v, joiner.end());
        out.addAll(more);
        h = more.get(more.size() - 1).end();
      } else if (v.is(h, ",") && v.is(h - 1, "and", "or") && v.is(h + 2, ",") && v.mentionAt(h + 3) != null
          && (v.words.adverbs.contains(v.low(h + 1)) || v.low(h + 1).endsWith("ly"))) {
        // "with A, B and, increasingly, C": an adverb set off by commas before the last member.
        List<EntityMention> more = NounPhrases.list(v, h + 3);
        out.addAll(more);
        h = more.get(more.size() - 1).end();
      } else if (v.is(h, prepositions)) {
        // "… as well as with start-ups such as Y and Z": the examples of a described group.
        List<EntityMention> more = orExamples(v, NounPhrases.phrase(v, h + 1), h + 1);
        out.addAll(more);
        h = more.isEmpty() ? h + 1 : more.get(more.size() - 1).end();
      } else if (described != null && described.form() == EntityMention.Form.DESCRIPTION && v.is(h - 1, "and")
          && (described.end() >= v.size() || v.tok(described.end()).type() == Token.Type.PUNCT
          || v.words.prepositions.contains(v.low(described.end())))) {
        // "with Initech and the Palo Alto software giant.": a description ending the list is its last member.
        out.add(described);
        h = described.end();
      } else if (described == null && v.is(h - 1, "as", "and") && !v.is(h, "as", "well", "also", "but")) {
        // "… as well as domestic players including Naver and Kakao", "… and local rivals Naver and Kakao": the
        // members of a second described group.
        // "… as well as the established Initech": a name after a few describing words.
        int titled = rivalsNamed(v, h);
        titled = titled >= 0 ? titled : RivalScopes.describedName(v, h);
        List<EntityMention> more = orExamples(v, titled >= 0 ? NounPhrases.list(v, titled) : List.of(), h);
        out.addAll(more);
        h = more.isEmpty() ? h : more.get(more.size() - 1).end();
      }
    }
    return out;
  }

  /**
   * Returns the names set in apposition after a described rival ("a rival coding assistant, Nimbus, …") when the
   * description at {@code k} is a few plain words closed by a comma, or an empty list.
   */
  static List<EntityMention> apposedAfter(View v, int k) {
    int h = k;
    while (h < Math.min(v.size(), k + 3) && v.mention(h) == null && v.tok(h).type() == Token.Type.WORD
        && !v.words.verbs.containsKey(v.low(h)) && !v.words.auxiliaries.contains(v.low(h))
        && !v.words.prepositions.contains(v.low(h))) {
      h++;
    }
    if (!v.is(h, ",") || v.mentionAt(h + 1) == null) {
      return List.of();
    }
    List<EntityMention> named = NounPhrases.list(v, h + 1);
    return v.is(named.get(named.size() - 1).end(), ",") ? named : List.of();
  }

  /**
   * Returns true when the noun at {@code noun} opens with "a" or "an" a few modifiers back, after a word rather than
   * a comma or dash: "want a home-grown rival".
   */
  static boolean indefinite(View v, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - 5); k--) {
      if (v.is(k, "a", "an")) {
        // "X — the answer engine, a rival to Y": an apposition describes a name, not the article's subject.
        return k == 0 || v.tok(k - 1).type() == Token.Type.WORD;
      }
      if (v.mention(k) != null || v.tok(k).type() != Token.Type.WORD && !v.is(k, "-")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Returns the token after the plural noun that "rival" qualifies from {@code k} ("rival start-ups", "rival
   * data-labelling firms"), a few plain words or compounds ending in a plural head; {@code k} when there is none.
   */
  static int qualifiedHead(View v, int k) {
    int end = k;
    for (int h = k; h < Math.min(v.size(), k + 5); h++) {
      if (v.words.pluralHeads.contains(v.low(h)) || v.is(h, "ups") && v.is(h - 1, "-")) {
        end = h + 1;
      } else if (v.mention(h) != null || !v.is(h, "-") && (v.tok(h).type() != Token.Type.WORD
          || v.words.verbs.containsKey(v.low(h)) || v.words.auxiliaries.contains(v.low(h))
          || v.words.prepositions.contains(v.low(h)) || v.words.determiners.contains(v.low(h))
          || v.include(h) || v.copula(h))) {
        break;
      }
    }
    return end;
  }

  /** Returns true when the plural noun at {@code noun} opens with "the" a few modifiers back: "the domestic rivals". */
  static boolean definite(View v, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - 3) && v.low(noun).endsWith("s"); k--) {
      if (v.is(k, "the")) {
        return true;
      }
      if (v.mention(k) != null || v.tok(k).type() != Token.Type.WORD || v.words.prepositions.contains(v.low(k))) {
        return false;
      }
    }
    return false;
  }

  /** Returns the members of {@code list} from the first one set after "alongside" or "along with", or none. */
  static List<EntityMention> alongside(View v, List<EntityMention> list) {
    for (int n = 1; n < list.size(); n++) {
      int k = list.get(n).first();
      if (v.cueAt("competition:peer-joiner", k - 1) != null || v.cueAt("competition:peer-joiner", k - 2) != null) {
        return List.copyOf(list.subList(n, list.size()));
      }
    }
    return List.of();
  }

  /** Returns true when "in" and at most two plain words stand before the noun at {@code noun}: "in fierce rivalry". */
  static boolean inState(View v, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
      if (v.is(k, "in")) {
        return true;
      }
      if (v.mention(k) != null || v.tok(k).type() != Token.Type.WORD) {
        return false;
      }
    }
    return false;
  }

  /** Returns where names start after a few words ending in a rival noun ("local rivals Initech"), or -1. */
  static int rivalsNamed(View v, int k) {
    for (int h = k; h < Math.min(v.size(), k + 4); h++) {
      if (v.cueAt("competition:rival-noun", h) != null) {
        return v.mentionAt(h + 1) != null && v.mentionAt(h + 1).named() ? h + 1 : -1;
      }
      if (v.mention(h) != null || v.tok(h).type() != Token.Type.WORD) {
        return -1;
      }
    }
    return -1;
  }
}
