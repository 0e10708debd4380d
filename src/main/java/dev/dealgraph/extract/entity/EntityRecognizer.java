package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Gazetteer;
import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every mention of an organization or person in an article's sentences: gazetteer names, aliases, tickers
 * and products, names found by grammar, and descriptions and pronouns resolved by coreference.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class EntityRecognizer {

  private final GazetteerMatcher gazetteer;
  private final AmbiguousNames ambiguous;
  private final NameFinder names;
  private final DescriptionFinder descriptions;
  private final Coreference coreference;
  private final Set<String> suffixes;
  private final Set<String> armWords;

  /** Creates a recognizer over a gazetteer with the standard lexicons. */
  public EntityRecognizer(Gazetteer gazetteer, Lexicons lex) {
    Knowledge knowledge = new Knowledge(gazetteer);
    this.gazetteer = new GazetteerMatcher(gazetteer);
    FundingVerbs funding = new FundingVerbs(lex);
    this.names = new NameFinder(lex, knowledge.cities(), funding);
    this.ambiguous = new AmbiguousNames(gazetteer.ambiguousForms(), funding,
        (s, after) -> names.appositionTags(s, after) != null);
    this.descriptions = new DescriptionFinder(lex, knowledge.cities());
    Set<String> openers = new HashSet<>(lex.grammar().phrases("subordinator"));
    openers.addAll(lex.grammar().phrases("relative"));
    openers.addAll(Set.of(",", "said", "says"));
    this.coreference = new Coreference(knowledge, lex.grammar().phrases("preposition"), openers,
        lex.grammar().phrases("ing-noun"));
    this.suffixes = lex.names().phrases("corporate-suffix");
    Set<String> arms = new HashSet<>(lex.names().phrases("investment-arm"));
    arms.addAll(lex.names().phrases("unit-word"));
    this.armWords = Set.copyOf(arms);
  }

  /** Returns, per sentence, its entity mentions in token order, without overlaps. */
  public List<List<EntityMention>> recognise(List<Sentence> sentences) {
    List<List<EntityMention>> known = new ArrayList<>();
    List<boolean[]> covered = new ArrayList<>();
    List<List<GazetteerMatcher.Hit>> hits = new ArrayList<>();
    sentences.forEach(s -> hits.add(new ArrayList<>(gazetteer.find(s))));
    List<List<GazetteerMatcher.Hit>> shortForms = ambiguous.find(sentences, hits);
    for (int n = 0; n < sentences.size(); n++) {
      Sentence s = sentences.get(n);
      hits.get(n).addAll(shortForms.get(n));
      hits.get(n).sort((a, b) -> Integer.compare(a.first(), b.first()));
      List<EntityMention> found = new ArrayList<>();
      boolean[] taken = new boolean[s.size()];
      for (GazetteerMatcher.Hit h : hits.get(n)) {
        if (!h.product() && investmentArm(s, h.end())) {
          // "Kakao Ventures", "Mirae Asset Capital", "Tata Electronics": a known name followed by investment or
          // business-line words names another organization (its fund arm or operating company), which the name
          // finder reads whole.
          continue;
        }
        EntityMention m = extend(s, new EntityMention(h.first(), h.end(),
            h.product() ? EntityMention.Form.PRODUCT : EntityMention.Form.NAME, List.of(h.organization().toEntity()),
            false, Optional.empty()));
        if (!found.isEmpty() && m.first() < found.get(found.size() - 1).end()) {
          continue;
        }
        found.add(m);
        for (int k = m.first(); k < m.end(); k++) {
          taken[k] = true;
        }
      }
      known.add(found);
      covered.add(taken);
    }
    Map<String, Set<String>> tags = new HashMap<>();
    List<List<EntityMention>> discovered = names.find(sentences, covered, tags, known);
    List<List<EntityMention>> allNames = new ArrayList<>();
    List<List<Reference>> references = new ArrayList<>();
    AppositionHeads learned = new AppositionHeads(descriptions::lexiconHead);
    for (int k = 0; k < sentences.size(); k++) {
      List<EntityMention> merged = new ArrayList<>(known.get(k));
      merged.addAll(discovered.get(k));
      merged.sort((a, b) -> Integer.compare(a.first(), b.first()));
      int[] titled = new int[merged.size()];
      java.util.Arrays.fill(titled, -1);
      references.add(descriptions.find(sentences.get(k), merged, titled, learned));
      learned.learn(sentences.get(k), merged);
      for (int n = 0; n < merged.size(); n++) {
        if (titled[n] >= 0) {
          merged.set(n, merged.get(n).spanning(titled[n], merged.get(n).end()));
        }
      }
      allNames.add(merged);
    }
    return coreference.resolve(sentences, allNames, references, tags);
  }

  /** Returns true when capitalised words after a known name include an investment word ("Ventures"). */
  private boolean investmentArm(Sentence s, int end) {
    for (int k = end; k < Math.min(s.size(), end + 3) && s.token(k).capitalised(); k++) {
      if (armWords.contains(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Takes in a legal suffix ("Corp."), a ticker in parentheses ("(NASDAQ: AMZN)") and a possessive "'s". */
  private EntityMention extend(Sentence s, EntityMention m) {
    int end = m.end();
    if (end + 1 < s.size() && s.token(end).is(",") && suffixes.contains(s.token(end + 1).lower())) {
      end += 2;
    } else if (end < s.size() && suffixes.contains(s.token(end).lower()) && s.token(end).capitalised()) {
      end++;
    }
    if (end > m.end() && end + 1 < s.size() && s.token(end).is(".") && !s.token(end).spaceBefore()) {
      end++;
    }
    if (end + 4 < s.size() && s.token(end).is("(") && s.token(end + 2).is(":") && s.token(end + 4).is(")")) {
      end += 5;
    }
    boolean possessive = end < s.size() && s.token(end).is("'s", "'");
    return new EntityMention(m.first(), possessive ? end + 1 : end, m.form(), m.candidates(), possessive,
        m.rivalOf());
  }
}
