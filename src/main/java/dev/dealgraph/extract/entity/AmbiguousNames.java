package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Organization;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the gazetteer's ambiguous short names ("Runway" for Runway AI) where the article uses them as names. One
 * sense per article: once a capitalised form stands as a name somewhere — inside a sentence on its own, as the
 * subject of "raises $N", "led the round" or "said", before "'s", an apposition ("Runway, the video start-up") or
 * a relative clause ("Runway, whose tools …") — every capitalised occurrence names the organization, headlines and
 * sentence openings included; otherwise none does.
 */
final class AmbiguousNames {

  /** Tokens after which a capitalised word opens a quotation or a heading rather than standing inside a sentence. */
  private static final Set<String> OPENERS = Set.of(":", "\"", "'", "(", "-", "—", "–", "•", "*");

  /** Tells whether an apposition describing a company follows the token before {@code after}. */
  interface Apposition {
    boolean follows(Sentence s, int after);
  }

  private final Map<String, Organization> forms;
  private final FundingVerbs funding;
  private final Apposition apposition;

  AmbiguousNames(Map<String, Organization> forms, FundingVerbs funding, Apposition apposition) {
    this.forms = forms;
    this.funding = funding;
    this.apposition = apposition;
  }

  /** Returns, per sentence, the ambiguous forms that name their organization, outside the tokens already taken. */
  List<List<GazetteerMatcher.Hit>> find(List<Sentence> sentences, List<List<GazetteerMatcher.Hit>> taken) {
    List<List<GazetteerMatcher.Hit>> out = new ArrayList<>();
    if (forms.isEmpty()) {
      sentences.forEach(s -> out.add(List.of()));
      return out;
    }
    Set<String> inUse = new HashSet<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      for (int i = 0; i < s.size(); i++) {
        if (candidate(s, i, taken.get(k)) && usedAsName(s, i)) {
          inUse.add(s.token(i).text());
        }
      }
    }
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      List<GazetteerMatcher.Hit> hits = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        if (inUse.contains(s.token(i).text()) && candidate(s, i, taken.get(k))) {
          hits.add(new GazetteerMatcher.Hit(forms.get(s.token(i).text()), false, i, i + 1));
        }
      }
      out.add(hits);
    }
    return out;
  }

  /** Returns true for a listed form standing alone: no gazetteer name covers it and no capitalised word joins it. */
  private boolean candidate(Sentence s, int i, List<GazetteerMatcher.Hit> taken) {
    Token t = s.token(i);
    if (t.type() != Token.Type.WORD || !forms.containsKey(t.text())
        || taken.stream().anyMatch(h -> h.first() <= i && i < h.end())) {
      return false;
    }
    boolean joinedBefore = i > 0 && word(s.token(i - 1)) && !s.titleCase();
    boolean joinedAfter = i + 1 < s.size() && (word(s.token(i + 1)) && !funding.startsAt(s, i + 1)
        && !s.titleCase() || s.token(i + 1).type() == Token.Type.NUMBER);
    // "Sierra Nevada", "Magic Leap", "Figure 3": the word is part of a longer name or a label.
    return !joinedBefore && !joinedAfter;
  }

  private boolean usedAsName(Sentence s, int i) {
    if (funding.subjectFrameAt(s, i + 1) && (i == 0 || !word(s.token(i - 1)))) {
      return true;
    }
    if (s.titleCase()) {
      return false;
    }
    if (i > 0 && !OPENERS.contains(s.token(i - 1).lower())) {
      return true;
    }
    if (i + 2 < s.size() && s.token(i + 1).is(",") && s.token(i + 2).is("which", "whose", "who")) {
      // "Runway, whose tools …": a relative clause about the word makes it a name.
      return true;
    }
    // "Runway said on Thursday …": a common word does not speak.
    return i + 1 < s.size() && s.token(i + 1).is("'s", "'", "said", "says", "announced", "announces", "told")
        || apposition.follows(s, i + 1);
  }

  private static boolean word(Token t) {
    return t.type() == Token.Type.WORD && t.capitalised();
  }
}
