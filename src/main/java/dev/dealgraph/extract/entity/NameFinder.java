package dev.dealgraph.extract.entity;

import dev.dealgraph.extract.Entity;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.text.PhraseIndex;
import dev.dealgraph.extract.text.Sentence;
import dev.dealgraph.extract.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds organizations and people that the gazetteer does not know, by the grammar of names: capitalised
 * sequences with a legal suffix ("Acme Robotics Inc."), ending in an organization word ("Lux Capital"),
 * introduced by a description ("robotics startup Acme") or followed by one ("Acme, a robotics startup"), and
 * given name plus surname, or a name beside a title or after a founding verb, for people. A name found once is
 * recognised everywhere in the article, headlines
 * included, together with its first word and any abbreviation given in parentheses; a lone word capitalised inside
 * sentences again and again is a name too.
 *
 * <p>Longer than most files because every rule reads the same capitalised runs, and the rules depend on each
 * other's verdicts within one pass over the article.
 */
final class NameFinder {

  private final Set<String> suffixes;
  private final Set<String> orgWords;
  private final Set<String> notName;
  private final Set<String> openers;
  /** Verbs of a share price's move: a lone word opening "X jumped 20%" is a listed company. */
  private final Set<String> moves;
  /** Participles of founding or backing after a name: "Quillon, founded by …". */
  private final Set<String> founding;
  private final Set<String> places;
  private final Set<String> relationNouns;
  private final Set<String> titles;
  private final PersonCues people;
  /** The last words of titles ("executive", "investors"), which stand right before a person's name. */
  private final Set<String> titleWords;
  private final Set<String> givenNames;
  private final PhraseIndex<Set<String>> heads;
  private final FundingVerbs funding;
  private final ListNames listNames;
  /** How many words a description may hold before the name it is apposed to: "Another Israeli company in the field". */
  private static final int DESCRIBED_REACH = 8;
  /** How often a lone capitalised word must appear inside sentences to be taken for a name. */
  private static final int REPEATED = 3;
  /** What one occurrence next to a verb of saying takes off that count: enough to rule the word out. */
  private static final int SPOKEN = 1000;
  private static final Set<String> INVESTOR_WORDS = Set.of("capital", "ventures", "partners", "fund", "funds",
      "investments", "management", "equity", "advisors", "advisers", "associates", "asset management");

  NameFinder(Lexicons lex, Set<String> cities, FundingVerbs funding) {
    this.funding = funding;
    this.listNames = new ListNames(lex);
    this.suffixes = lex.names().phrases("corporate-suffix");
    this.orgWords = lex.names().phrases("org-word");
    this.notName = lex.notNames();
    this.openers = lex.names().phrases("name-opener");
    this.moves = lex.names().phrases("market-move");
    this.founding = lex.names().phrases("founding-participle");
    Set<String> pl = new HashSet<>(lex.names().phrases("place"));
    pl.addAll(cities);
    this.places = Set.copyOf(pl);
    this.titles = lex.names().phrases("title");
    this.people = new PersonCues(titles, lex.names().phrases("founding-verb"));
    Set<String> words = new HashSet<>();
    titles.forEach(t -> words.add(t.substring(t.lastIndexOf(' ') + 1)));
    this.titleWords = Set.copyOf(words);
    this.givenNames = lex.names().phrases("given-name");
    this.relationNouns = lex.descriptions().phrases("relation-noun");
    PhraseIndex.Builder<Set<String>> b = PhraseIndex.builder();
    lex.descriptions().values("head").forEach((head, tags) -> b.add(head, Set.of(tags.split(" "))));
    for (String rival : List.of("rival", "competitor", "challenger", "backer")) {
      b.add(rival, Set.of("*"));
    }
    this.heads = b.build();
  }

  /** A capitalised run of tokens and what the grammar says it is. */
  record Run(int first, int end, String name, EntityMention.Form form, Set<String> tags, int mentionEnd) {}

  /**
   * Returns, per sentence, the discovered names; {@code covered} marks tokens already taken by the gazetteer.
   * {@code tags} receives the description tags of discovered organizations ("startup" for "Acme, a startup").
   */
  List<List<EntityMention>> find(List<Sentence> sentences, List<boolean[]> covered, Map<String, Set<String>> tags,
      List<List<EntityMention>> gazetteerMentions) {
    Map<String, Entity> known = new HashMap<>();
    Set<String> shortOfGazetteer = new java.util.HashSet<>();
    for (List<EntityMention> sentence : gazetteerMentions) {
      for (EntityMention m : sentence) {
        // "Sakana" for "Sakana AI", "Figure" for "Figure AI" once the article has named them in full.
        Entity e = m.entity().orElseThrow();
        int space = e.name().lastIndexOf(' ');
        if (m.form() == EntityMention.Form.NAME && space > 0
            && orgWords.contains(e.name().substring(space + 1).toLowerCase(java.util.Locale.ROOT))) {
          String prefix = e.name().substring(0, space);
          if (!notName.contains(prefix.toLowerCase(java.util.Locale.ROOT)) && known.putIfAbsent(prefix, e) == null) {
            shortOfGazetteer.add(prefix);
          }
        }
      }
    }
    Map<String, Integer> inside = new HashMap<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      List<Run> runs = runs(s, covered.get(k));
      for (Run r : runs) {
        if (s.titleCase() && !fundingSubject(s, r)) {
          // A headline capitalises every word; only "Brisk Raises $12 Million" says which of them is a name.
          continue;
        }
        if (r.form() == EntityMention.Form.CANDIDATE && r.end() - r.first() == 1 && r.first() > 0) {
          inside.merge(r.name(), speaker(s, r) ? -SPOKEN : 1, Integer::sum);
        }
        if (r.form() == null) {
          continue;
        }
        if (r.form() == EntityMention.Form.DISCOVERED || r.form() == EntityMention.Form.PERSON) {
          Entity e = known.computeIfAbsent(r.name(), n -> entity(n, r));
          tags.merge(e.name(), r.tags(), (a, b) -> a);
          learnShortForms(s, r, e, known);
        }
      }
      if (!s.titleCase()) {
        ApposedNames.taglines(s, runs, gazetteerMentions.get(k), known);
      }
    }
    ApposedNames.headlineOpener(sentences, covered, notName, places).ifPresent(
        name -> known.putIfAbsent(name, new Entity(name, EntityKind.COMPANY, Optional.empty(), false)));
    // "values Legora at", "the board of Legora": a word capitalised inside sentences again and again is a name even
    // when nothing describes it, unless it ever speaks ("Varga said"), which makes it a person's surname.
    inside.forEach((name, n) -> {
      if (n >= REPEATED) {
        known.putIfAbsent(name, new Entity(name, EntityKind.COMPANY, Optional.empty(), false));
      }
    });
    List<List<EntityMention>> out = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      List<EntityMention> found = new ArrayList<>();
      for (Run r : runs(s, covered.get(k))) {
        Entity e = known.get(r.name());
        boolean possessive = r.mentionEnd() < s.size() && s.token(r.mentionEnd()).is("'s", "'");
        int end = possessive ? r.mentionEnd() + 1 : r.mentionEnd();
        if (e != null) {
          EntityMention.Form form = e.kind() == EntityKind.PERSON ? EntityMention.Form.PERSON
              : shortOfGazetteer.contains(r.name()) ? EntityMention.Form.NAME : EntityMention.Form.DISCOVERED;
          found.add(new EntityMention(r.first(), end, form, List.of(e), possessive, Optional.empty()));
        } else if (!s.titleCase() && r.form() == EntityMention.Form.CANDIDATE) {
          Entity guess = new Entity(r.name(), EntityKind.COMPANY, Optional.empty(), false);
          found.add(new EntityMention(r.first(), end, r.form(), List.of(guess), possessive, Optional.empty()));
        }
      }
      out.add(found);
    }
    return out;
  }

  /** Returns true for a word next to a verb of saying ("Staniszewski said", "said Varga"): a person's surname. */
  private static boolean speaker(Sentence s, Run r) {
    String[] saying = {"said", "says", "told", "added", "wrote", "explained", "noted"};
    return r.mentionEnd() < s.size() && s.token(r.mentionEnd()).is(saying) || s.token(r.first() - 1).is(saying);
  }

  private static Entity entity(String name, Run r) {
    EntityKind kind = r.form() == EntityMention.Form.PERSON ? EntityKind.PERSON : EntityKind.COMPANY;
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    if (kind == EntityKind.COMPANY && (INVESTOR_WORDS.contains(last) || r.tags().contains("vc"))) {
      kind = EntityKind.INVESTOR;
    }
    return new Entity(name, kind, Optional.empty(), false);
  }

  /** Learns "Acme" for "Acme Robotics" and "SSI" for "Safe Superintelligence (SSI)". */
  private void learnShortForms(Sentence s, Run r, Entity e, Map<String, Entity> known) {
    if (e.kind() == EntityKind.PERSON && r.end() - r.first() >= 2) {
      known.putIfAbsent(s.token(r.end() - 1).text(), e);
      return;
    }
    if (e.kind() != EntityKind.PERSON && r.end() - r.first() >= 3 && orgWords.contains(s.token(r.end() - 1).lower())) {
      // "Calder Moss" for "Calder Moss Ventures".
      known.putIfAbsent(s.text().substring(s.token(r.first()).start() - s.start(),
          s.token(r.end() - 2).end() - s.start()), e);
    }
    if (e.kind() != EntityKind.PERSON && r.end() - r.first() >= 2) {
      String head = s.token(r.first()).text();
      if (!notName.contains(head.toLowerCase(java.util.Locale.ROOT)) && head.length() > 2) {
        known.putIfAbsent(head, e);
      }
    }
    int p = r.mentionEnd();
    if (p + 2 < s.size() && s.token(p).is("(") && s.token(p + 2).is(")")) {
      String abbreviation = s.token(p + 1).text();
      if (abbreviation.length() >= 2 && abbreviation.equals(abbreviation.toUpperCase(java.util.Locale.ROOT))) {
        known.putIfAbsent(abbreviation, e);
      }
    }
  }

  private List<Run> runs(Sentence s, boolean[] covered) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      if (covered[i] || !nameToken(s.token(i)) && !numberedName(s, i, covered)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < s.size() && !covered[j]) {
        if (s.titleCase() && funding.startsAt(s, j)) {
          // "Brisk Raises $12 Million": the headline's verb ends the name before it.
          break;
        } else if (nameToken(s.token(j))) {
          j++;
        } else if (j + 1 < s.size() && !covered[j + 1] && connector(s, j) && nameToken(s.token(j + 1))) {
          j += 2;
        } else if (j + 1 < s.size() && !covered[j + 1] && pluralPossessiveInside(s, j)) {
          // "Teachers' Venture Growth": a plural possessive that is part of the name, not its owner.
          j += 2;
        } else if (j + 2 < s.size() && !covered[j + 2] && hyphenatedWord(s, j) && nameToken(s.token(j + 2))
            && !founding.contains(s.token(j + 1).lower())) {
          // "Chengdu Hi-tech Investment": a lower-case word joined by a hyphen inside a name; "Berlin-based Zorbit"
          // describes the name after it.
          j += 3;
        } else {
          break;
        }
      }
      Run r = classify(s, i, j);
      if (r != null) {
        out.add(r);
      }
      i = j;
    }
    return out;
  }

  /**
   * Returns true for an apostrophe after a plural common word inside a name ("Teachers' Venture Growth"); after
   * an organization word ("Harrow Partners' Lena Park") the apostrophe marks an owner instead, and so it does
   * before a single word that is no organization word ("Thomson Reuters' CoCounsel": a product of its owner).
   */
  private boolean pluralPossessiveInside(Sentence s, int j) {
    String before = s.token(j - 1).lower();
    if (!s.token(j).is("'", "’") || !before.endsWith("s") || orgWords.contains(before)
        || !nameToken(s.token(j + 1))) {
      return false;
    }
    boolean several = j + 2 < s.size() && nameToken(s.token(j + 2));
    return several || orgWords.contains(s.token(j + 1).lower());
  }

  /**
   * Returns true for a number that opens an investor's name, "1789 Capital", "8VC": a whole number not after a
   * currency or a time preposition, followed by capitalised words ending in an investor word or glued to it.
   */
  private static boolean numberedName(Sentence s, int i, boolean[] covered) {
    Token t = s.token(i);
    if (t.type() != Token.Type.NUMBER || !t.text().chars().allMatch(Character::isDigit)
        || i > 0 && s.token(i - 1).type() == Token.Type.SYMBOL) {
      return false;
    }
    int j = i + 1;
    while (j < s.size() && !covered[j] && nameToken(s.token(j))) {
      j++;
    }
    // "8VC", "5Y Capital": a capitalised word glued to the number makes one name, even after "by" or "in".
    boolean glued = j > i + 1 && !s.token(i + 1).spaceBefore() && s.token(i + 1).text().length() >= 2;
    boolean afterTimeWord = i > 0 && s.token(i - 1).is(YEAR_WORDS);
    return j > i + 1 && (glued || !afterTimeWord && INVESTOR_WORDS.contains(s.token(j - 1).lower()));
  }

  private static final String[] YEAR_WORDS = {"in", "since", "until", "by", "before", "after", "during", "of"};

  static boolean nameToken(Token t) {
    return t.type() == Token.Type.WORD && t.capitalised();
  }

  private static boolean hyphenatedWord(Sentence s, int j) {
    return s.token(j).is("-") && !s.token(j).spaceBefore() && s.token(j + 1).type() == Token.Type.WORD
        && !s.token(j + 1).spaceBefore() && s.token(j + 2).spaceBefore();
  }

  private static boolean connector(Sentence s, int j) {
    Token t = s.token(j);
    if (t.is("&", "of", "de", "and")) {
      return !t.is("and") || s.token(j - 1).is("&");
    }
    // "T. Rowe Price": an initial's period joins it to the next word, spaced or not.
    boolean initial = t.is(".") && s.token(j - 1).text().length() == 1 && nameToken(s.token(j - 1));
    return t.is("-", ".") && !t.spaceBefore() && (initial || !s.token(j + 1).spaceBefore());
  }

  /** Returns the end of the longest place name (at most three words) starting at {@code from}, or -1. */
  private int placeEnd(Sentence s, int from, int to) {
    for (int k = Math.min(to, from + 3); k > from; k--) {
      String prefix = s.text().substring(s.token(from).start() - s.start(), s.token(k - 1).end() - s.start());
      if (places.contains(prefix.toLowerCase(java.util.Locale.ROOT))) {
        return k;
      }
    }
    return -1;
  }

  private Run classify(Sentence s, int from, int to) {
    int first = from;
    int end = to;
    int lead = from;
    while (lead < to - 1 && notName.contains(s.token(lead).lower()) && placeEnd(s, lead, to) < 0) {
      // "The New York company": the place starts after the sentence's capitalised article.
      lead++;
    }
    int place = placeEnd(s, lead, to);
    // "Saudi Arabia's Public Investment Fund": a leading place name is not part of the organization's name;
    // "Korea Development Bank" and "Hangzhou City Investment Group" keep their place: the rest ends in an
    // organization word and would be a bare description without it.
    // "Palo Alto Networks", "Boston Dynamics": one plural organization word after a place keeps the place too.
    String tail = s.token(to - 1).lower();
    boolean named = to - place >= 2 || to - place == 1 && tail.endsWith("s") && !tail.endsWith("ss");
    if (place >= 0 && !(named && orgWords.contains(tail))) {
      first = place;
    }
    while (first < end && (notName.contains(s.token(first).lower()) || titles.contains(s.token(first).lower())
        || s.token(first).is("-", "&", "of", ".")) && !opensName(s, first, end)
        && !listNames.keepsOpener(s, first, end)) {
      first++;
    }
    while (end > first && (notName.contains(s.token(end - 1).lower()) && !orgWords.contains(s.token(end - 1).lower())
        || s.token(end - 1).is("-", "&", "of", "."))) {
      end--;
    }
    if (first >= end) {
      return null;
    }
    int mentionEnd = end;
    boolean suffix = false;
    while (end - first > 1 && suffixes.contains(s.token(end - 1).lower())) {
      end--;
      suffix = true;
    }
    while (suffix && end - first > 1 && s.token(end - 1).is("&", "and")) {
      // "Mitsui & Co.": the name is what stands before the joined suffix.
      end--;
    }
    int after = mentionEnd;
    // "Ana Ruiz, co-founder of …": a suffix joined by a hyphen to the next word is the start of that word.
    if (after + 1 < s.size() && s.token(after).is(",") && suffixes.contains(s.token(after + 1).lower())
        && !(after + 2 < s.size() && s.token(after + 2).is("-") && !s.token(after + 2).spaceBefore())) {
      after += 2;
      suffix = true;
    } else if (after < s.size() && suffixes.contains(s.token(after).lower()) && !s.token(after).capitalised()
        && !(after + 1 < s.size() && s.token(after + 1).is("-") && !s.token(after + 1).spaceBefore())) {
      // "Kestrel co-founder Ana Ruiz": "co" joined by a hyphen opens the title after the name.
      after += 1;
    }
    if (suffix && after < s.size() && s.token(after).is(".") && !s.token(after).spaceBefore() && after + 1 < s.size()) {
      after++;
    }
    mentionEnd = Math.max(mentionEnd, after);
    String name = s.text().substring(s.token(first).start() - s.start(), s.token(end - 1).end() - s.start());
    if (places.contains(name.toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    String last = s.token(end - 1).lower();
    Set<String> tags = Set.of();
    EntityMention.Form form = EntityMention.Form.CANDIDATE;
    Set<String> before = introBefore(s, first);
    Set<String> apposition = appositionTags(s, mentionEnd);
    apposition = apposition != null ? apposition : describedBefore(s, first, mentionEnd);
    if (suffix || end - first >= 2 && orgWords.contains(last) || s.token(first).type() == Token.Type.NUMBER) {
      // A run opened by a number is a name only when numberedName admitted it ("1789 Capital", "8VC").
      form = EntityMention.Form.DISCOVERED;
    } else if (end - first >= 2 && end - first <= 3 && first > 0 && titleWords.contains(s.token(first - 1).lower())) {
      // "angel investor Ana Ruiz", "chief executive Tom Bell": a title before two or three words names a person,
      // whatever the given name.
      form = EntityMention.Form.PERSON;
    } else if (before != null || apposition != null) {
      form = EntityMention.Form.DISCOVERED;
      tags = before != null ? before : apposition;
    } else if (end - first >= 2 && end - first <= 3 && (givenNames.contains(s.token(first).lower())
        || people.foundedBy(s, first) || people.titledAfter(s, mentionEnd))) {
      form = EntityMention.Form.PERSON;
    }
    if (end - first == 1 && s.token(first).text().length() == 1
        || first > 0 && s.token(first - 1).is("series")) {
      return null;
    }
    if (form == EntityMention.Form.CANDIDATE && end + 1 < s.size() && s.token(end).is("-")
        && !s.token(end).spaceBefore() && s.token(end + 1).is("based")) {
      // "Norway-based Zorbit Labs": the word before "-based" is a place.
      return null;
    }
    if (form == EntityMention.Form.CANDIDATE && from == 0 && funding.subjectFrameAt(s, end)) {
      // "Brisk raised $12 million", "Brava led the round": only an organization raises a sum or leads a round.
      form = EntityMention.Form.DISCOVERED;
    }
    if (form == EntityMention.Form.CANDIDATE && first == 0 && end - first == 1) {
      // A lone capitalised word opening a sentence is only a name when the article has named it so before, or
      // when its shares move by a figure ("Zorbit jumped 20% after …") or a participle of its founding or backing
      // follows it ("Quillon, founded by …, raised").
      form = movedBy(s, end) || foundedBefore(s, end) ? EntityMention.Form.DISCOVERED
          : listNames.opensList(s, end) ? EntityMention.Form.CANDIDATE : null;
    }
    return new Run(first, end, name, form, tags, mentionEnd);
  }

  /** Returns true for a name opening a sentence as the subject of "raised $N" or "led the round". */
  private boolean fundingSubject(Sentence s, Run r) {
    return r.first() == 0 && r.form() == EntityMention.Form.DISCOVERED && funding.subjectFrameAt(s, r.mentionEnd());
  }

  /** Returns true when ", founded by", ", backed by" or the like follows a word at {@code k}, which no adverb is. */
  private boolean foundedBefore(Sentence s, int k) {
    return k + 2 < s.size() && s.token(k).is(",") && founding.contains(s.token(k + 1).lower())
        && s.token(k + 2).is("by", "in") && !s.token(k - 1).lower().endsWith("ly");
  }

  /** Returns true when a verb of a share price's move and a figure follow {@code k}: "jumped 20%", "shares fell 3%". */
  private boolean movedBy(Sentence s, int k) {
    int verb = k < s.size() && s.token(k).is("shares", "stock") ? k + 1 : k;
    int figure = verb + 1;
    // "Zorbit jumped more than 20%", "fell nearly 3%", "rose by about 5%".
    while (figure < Math.min(s.size(), verb + 4) && s.token(figure).is("more", "less", "than", "nearly", "almost",
        "about", "around", "roughly", "some", "over", "by", "as", "much")) {
      figure++;
    }
    return figure < s.size() && moves.contains(s.token(verb).lower())
        && s.token(figure).type() == Token.Type.NUMBER;
  }

  /** Returns true for "National" in "National Growth Fund": an opener before three words ending the name. */
  private boolean opensName(Sentence s, int first, int end) {
    return end - first >= 3 && openers.contains(s.token(first).lower()) && s.token(first).capitalised()
        && orgWords.contains(s.token(end - 1).lower());
  }

  /** Returns the tags of a description right before a name ("robotics start-up Acme"), or null. */
  private Set<String> introBefore(Sentence s, int first) {
    int from = Math.max(0, first - 4);
    for (PhraseIndex.Match<Set<String>> m : heads.find(s.tokens().subList(from, first))) {
      if (m.end() + from == first) {
        return m.value();
      }
    }
    return null;
  }

  /**
   * Returns the tags of a description that a name stands in apposition to ("Another Israeli company in the field,
   * Acme, is …", "its closest rival, Acme,"), or null: the name is set off by commas right after the description.
   */
  private Set<String> describedBefore(Sentence s, int first, int mentionEnd) {
    if (first < 3 || !s.token(first - 1).is(",") || mentionEnd >= s.size() || !s.token(mentionEnd).is(",", "—", "–")) {
      return null;
    }
    int from = first - 1;
    while (from > 0 && first - 1 - from < DESCRIBED_REACH && !s.token(from - 1).is(",", ";", ":", "—", "–")) {
      from--;
    }
    if (from > 0 || !s.token(from).is("another", "the", "a", "an", "its", "their", "one")) {
      return null;
    }
    PhraseIndex.Match<Set<String>> head = null;
    for (PhraseIndex.Match<Set<String>> m : heads.find(s.tokens().subList(from, first - 1))) {
      head = m;
    }
    return head == null ? null : head.value();
  }

  /** Returns the tags of a description in apposition after a name ("Acme, a robotics startup,"), or null. */
  Set<String> appositionTags(Sentence s, int after) {
    // "Acme, a robotics startup," and "Acme, the customer-service startup,".
    if (after + 2 < s.size() && s.token(after).is(",") && s.token(after + 1).capitalised()
        && s.token(after + 2).is("'s", "'")) {
      // "Paytm, Flipkart's main competitor,": a name set beside another's rival or neighbour.
      for (int k = after + 3; k < Math.min(s.size(), after + 7) && s.token(k).type() == Token.Type.WORD; k++) {
        if (relationNouns.contains(s.token(k).lower())) {
          return Set.of();
        }
      }
      return null;
    }
    if (after + 1 >= s.size() || !s.token(after).is(",") || !s.token(after + 1).is("a", "an", "the")) {
      return null;
    }
    int limit = Math.min(s.size(), after + 12);
    for (int k = after + 2; k < limit; k++) {
      if (s.token(k).is(",", ".", ";", "that", "which", "who", "whose", "of")) {
        // "Payroll, the biggest cost of a start-up,": the head stands before an of-phrase, never inside it.
        limit = k;
      }
    }
    List<PhraseIndex.Match<Set<String>>> found = heads.find(s.tokens().subList(after + 2, limit));
    for (PhraseIndex.Match<Set<String>> m : found) {
      int end = m.end() + after + 2;
      if (end >= s.size() || s.token(end).type() != Token.Type.WORD
          || s.token(end).is("that", "which", "whose", "based", "founded", "backed", "with", "in", "from", "known",
              "led", "of")) {
        return m.value();
      }
    }
    return null;
  }
}
