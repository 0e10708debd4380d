package dev.dealgraph.extract.relation;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.lexicon.Lexicon;
import dev.dealgraph.extract.lexicon.Lexicons;
import dev.dealgraph.extract.text.PhraseIndex;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Holds the word classes and phrase automata the relation finders consult, built once from the lexicons. */
final class Vocabulary {

  final Set<String> determiners;
  final Set<String> prepositions;
  final Set<String> auxiliaries;
  /** Forms of "be" and "become": "X is its rival". */
  final Set<String> copulas;
  /** Words of a time of year between a verb and its complement: "launched in early 2023 with". */
  final Set<String> timeWords;
  /** Forms of "include", which open a list: "its rivals include X and Y". */
  final Set<String> includes;
  final Set<String> relatives;
  final Set<String> subordinators;
  final Set<String> ingNouns;
  final Set<String> adverbs;
  final Set<String> investorNouns;
  final Set<String> participles;
  /** Verbs whose subject speaks of a deal named after them rather than making it (triggers.txt comment-verb). */
  final Set<String> commentVerbs;
  final Set<String> pluralHeads;
  /** Titles before a person's name: "Prince", "Sheikh", "Dr". */
  final Set<String> titles;
  /** The words of those titles, one by one: "chief", "executive", "partner". */
  final Set<String> titleWords;
  /** Words a name's description may be made of: "AI start-up", "French public investment bank". */
  final Set<String> describers;
  /** Words naming the kind of an owner's product ("Hooli's Orbit app"), which stays part of that member of a list. */
  final Set<String> productNouns;
  /** Verbs whose object is the subject's product: "Quanta AI sells Orbit". */
  final Set<String> productVerbs;
  /** Verbs of making whose object, a known product, stands for the maker named: "Globex Cloud builds Nimbus". */
  final Set<String> makerVerbs;
  /** Nouns of a party that deals with companies without competing with them: "a customer of rivals A and B". */
  final Set<String> partyNouns;
  /** Words for what rivals offer, named before their makers: "chips from A and B". */
  final Set<String> offeringNouns;
  /** Nouns of a contest whose members an apposition lists: "a race that also includes A and B". */
  final Set<String> raceNouns;
  /** Nouns of a relation between a possessive and the name it introduces: "Ana Ruiz's former employer Globex". */
  final Set<String> relationNouns;
  /** Nouns of a maker before "of" and its product: "the maker of Orbit". */
  final Set<String> makerNouns;
  /** Participles before "by" and a product's maker: "Orbit, the editor built by Hooli". */
  final Set<String> madeParticiples;
  /** Capitalised words that never name an organization alone ({@link Lexicons#notNames}). */
  final Set<String> notNames;
  /** Rivalry words that mean rivalry in every sense: "rival", "competes", "up against". */
  final Set<String> unambiguousRivalry;
  /** Every word that opens a statement of who makes a product, so a sentence without one is skipped in one pass. */
  final Set<String> makingWords;
  final Map<String, Set<String>> nounPrepositions;
  /** Purposes of talks that count only before an investment noun: "to evaluate" a $500m investment. */
  final Set<String> purposesNeedingNoun;
  final Map<String, Verb> verbs;
  /** Forms of the recruit verbs that state a done deal: "got X to lead", "brought in X to lead". */
  final Set<String> recruitedPast;
  /** The launch phrases without their closing "with" ("launched", "emerged from stealth"), for a time between. */
  final Set<String> launchVerbs;
  /** One automaton for every multi-word cue: "status:inTalks", "competition:verb-with", "trigger:noun"… */
  final PhraseIndex<String> cues;

  Vocabulary(Lexicons lex) {
    Lexicon g = lex.grammar();
    this.determiners = g.phrases("determiner");
    this.prepositions = g.phrases("preposition");
    this.auxiliaries = g.phrases("auxiliary");
    this.copulas = g.phrases("copula");
    this.timeWords = g.phrases("time-word");
    this.includes = g.phrases("include");
    this.relatives = g.phrases("relative");
    this.subordinators = g.phrases("subordinator");
    this.ingNouns = g.phrases("ing-noun");
    this.adverbs = g.phrases("adverb");
    this.investorNouns = lex.triggers().phrases("investor-noun");
    this.launchVerbs = lex.triggers().phrases("launch").stream().filter(p -> p.endsWith(" with"))
        .map(p -> p.substring(0, p.length() - " with".length())).collect(java.util.stream.Collectors.toSet());
    this.participles = lex.triggers().phrases("participle");
    this.commentVerbs = lex.triggers().phrases("comment-verb");
    this.pluralHeads = lex.descriptions().phrases("plural-head");
    this.titles = lex.names().phrases("title");
    this.notNames = lex.notNames();
    Set<String> titleWords = new java.util.HashSet<>();
    titles.forEach(t -> titleWords.addAll(List.of(t.split(" "))));
    this.titleWords = Set.copyOf(titleWords);
    Set<String> describe = new java.util.HashSet<>(lex.descriptions().phrases("modifier"));
    lex.descriptions().phrases("head").forEach(h -> describe.addAll(List.of(h.split("[ -]"))));
    describe.addAll(NounPhrases.RELATIONAL);
    describe.addAll(pluralHeads);
    this.describers = Set.copyOf(describe);
    this.productNouns = lex.competition().phrases("product-noun");
    this.productVerbs = lex.competition().phrases("product-verb");
    this.makerVerbs = lex.competition().phrases("maker-verb");
    this.partyNouns = lex.competition().phrases("party-noun");
    this.offeringNouns = lex.competition().phrases("offering-noun");
    this.raceNouns = lex.competition().phrases("race-noun");
    this.relationNouns = lex.descriptions().phrases("possessed-relation");
    this.makerNouns = lex.competition().phrases("maker-noun");
    this.madeParticiples = lex.competition().phrases("made-by");
    this.unambiguousRivalry = lex.competition().phrases("unambiguous");
    Set<String> making = new java.util.HashSet<>(productVerbs);
    making.addAll(makerVerbs);
    making.addAll(makerNouns);
    making.addAll(madeParticiples);
    this.makingWords = Set.copyOf(making);
    Map<String, Set<String>> nouns = new HashMap<>();
    lex.triggers().values("noun").forEach((noun, preps) -> nouns.put(noun, Set.of(preps.split(" "))));
    this.nounPrepositions = Map.copyOf(nouns);
    this.purposesNeedingNoun = Set.copyOf(lex.triggers().values("talks-purpose").entrySet().stream()
        .filter(e -> e.getValue().equals("investment")).map(Map.Entry::getKey).toList());
    this.verbs = verbs(lex.triggers());
    Set<String> past = new java.util.HashSet<>();
    lex.triggers().values("recruit").forEach((phrase, form) -> {
      if (form.equals("past")) {
        past.add(phrase);
      }
    });
    this.recruitedPast = Set.copyOf(past);
    PhraseIndex.Builder<String> b = PhraseIndex.builder();
    for (String section : List.of("rumored", "inTalks", "announced", "completed", "withdrawn", "negation", "denial",
        "denial-after", "not-negation", "hypothetical", "earlier", "new", "tranche", "retracted")) {
      lex.status().section(section).forEach(e -> b.add(e.phrase(), "status:" + section));
    }
    for (String section : List.of("rival-noun", "verb-with", "verb-object", "noun-with", "noun-from", "between",
        "versus", "list-intro", "pair-noun", "not-alone", "same-race", "race-joiner", "group-race", "peer-group",
        "peer-joiner", "pit-verb", "crowded", "regard-verb", "leader-verb",
        "trailer", "face-verb")) {
      lex.competition().section(section).forEach(e -> b.add(e.phrase(), "competition:" + section));
    }
    for (String section : List.of("noun", "round-noun", "round-phrase", "participation", "investor-noun",
        "list-owner", "talks-purpose", "deal-noun", "estimate", "share-noun", "vehicle", "lead-by", "portfolio-noun",
        "recruit", "launch", "debt-noun", "debt-equity",
        "equity-noun", "equity-verb", "listing-noun", "founder-noun", "founding-verb", "venture-noun",
        "presentational-opener", "presentational-verb", "round-close", "colon-clause", "round-announce")) {
      lex.triggers().section(section).forEach(e -> b.add(e.phrase(), "trigger:" + section));
    }
    // "angels = person": a group of people, whose members unknown to the gazetteer are read as persons.
    lex.triggers().section("investor-group").forEach(e -> b.add(e.phrase(),
        "person".equals(e.value()) ? "trigger:people-group" : "trigger:investor-group"));
    this.cues = b.build();
  }

  private static Map<String, Verb> verbs(Lexicon triggers) {
    Map<String, Verb> out = new HashMap<>();
    Verb.Form[] order = {Verb.Form.BASE, Verb.Form.THIRD, Verb.Form.PAST, Verb.Form.PARTICIPLE, Verb.Form.ING};
    for (String section : List.of("verb-into", "verb-object", "verb-round", "verb-receive")) {
      for (Lexicon.Entry e : triggers.section(section)) {
        String[] forms = e.phrase().split(" ");
        if (forms.length != order.length) {
          throw DealGraphException.invalidContent(triggers.origin() + ":" + e.line()
              + ": a verb line needs five forms (base, third person, past, participle, -ing): " + e.phrase());
        }
        for (int k = 0; k < forms.length; k++) {
          Verb.Form form = order[k];
          Verb previous = out.get(forms[k]);
          EnumSet<Verb.Form> set = previous == null || !previous.lemma().equals(forms[0])
              ? EnumSet.of(form) : EnumSet.copyOf(previous.forms());
          set.add(form);
          out.put(forms[k], new Verb(forms[0], section, set, e.value()));
        }
      }
    }
    return Map.copyOf(out);
  }

  /** Returns true for a word ending in -ing that is a participle rather than a noun ("investing", not "funding"). */
  boolean participle(String lower) {
    return lower.length() > 4 && lower.endsWith("ing") && !ingNouns.contains(lower);
  }
}
