package dev.dealgraph.extract.lexicon;

import java.util.Set;

/**
 * Holds every lexicon the extractor reads, loaded and checked once.
 *
 * @param abbreviations period-final words that do not end sentences
 * @param grammar       function words: determiners, prepositions, auxiliaries, relative pronouns, adverbs
 * @param money         currency symbols and words, scales, qualifiers, vague amounts
 * @param roles         words that tell what an amount is (valuation, round total, capex…)
 * @param triggers      verbs and nouns of investing, investor nouns, round nouns
 * @param status        stage, negation, denial, hypothetical, earlier-deal and tranche cues
 * @param competition   cues of rivalry
 * @param descriptions  description heads and their gazetteer tags, maker nouns
 * @param names         the grammar of names: suffixes, organization words, places, given names, titles
 * @param tables        the column headings of tables of funding rounds
 */
public record Lexicons(Lexicon abbreviations, Lexicon grammar, Lexicon money, Lexicon roles, Lexicon triggers,
    Lexicon status, Lexicon competition, Lexicon descriptions, Lexicon names, Lexicon tables) {

  /**
   * Loads the lexicons shipped in the jar.
   *
   * @throws dev.dealgraph.DealGraphException when a file is missing or breaks the lexicon format
   */
  public static Lexicons standard() {
    return new Lexicons(
        Lexicon.load("abbreviations.txt", Set.of("title", "suffix", "month", "starter")),
        Lexicon.load("grammar.txt", Set.of("determiner", "preposition", "auxiliary", "relative", "subordinator",
            "copula", "include",
            "ing-noun", "adverb", "expletive", "time-word")),
        Lexicon.load("money.txt", Set.of("symbol", "code", "word", "scale", "number", "max", "approx", "min",
            "range-start", "range-join", "vague")),
        Lexicon.load("roles.txt", Set.of("before", "after", "holding")),
        Lexicon.load("triggers.txt", Set.of("verb-into", "verb-object", "verb-round", "verb-receive", "noun",
            "investor-noun", "participle", "round-phrase", "round-noun", "participation", "list-owner", "talks-purpose",
            "deal-noun", "estimate", "share-noun", "vehicle", "lead-by", "portfolio-noun", "investor-group",
            "recruit", "launch", "debt-noun", "debt-equity",
            "equity-noun", "equity-verb", "listing-noun", "founder-noun", "founding-verb", "venture-noun",
            "presentational-opener", "presentational-verb", "round-close", "colon-clause", "round-announce", "comment-verb")),
        Lexicon.load("status.txt", Set.of("rumored", "inTalks", "announced", "completed", "withdrawn", "negation",
            "denial", "denial-after", "not-negation", "hypothetical", "earlier", "new", "tranche", "retracted")),
        Lexicon.load("competition.txt", Set.of("rival-noun", "verb-with", "verb-object", "noun-with", "noun-from",
            "between", "versus", "list-intro", "pair-noun", "not-alone", "same-race", "race-joiner", "group-race",
            "peer-group", "peer-joiner", "pit-verb", "crowded", "regard-verb",
            "leader-verb", "trailer", "product-noun", "product-verb", "offering-noun",
            "party-noun", "maker-verb", "face-verb", "race-noun", "maker-noun", "made-by", "unambiguous")),
        Lexicon.load("descriptions.txt", Set.of("head", "maker-noun", "plural-head", "modifier", "relation-noun",
            "possessed-relation")),
        Lexicon.load("names.txt", Set.of("corporate-suffix", "org-word", "investment-arm", "unit-word", "name-opener",
            "not-name", "month", "day", "place", "demonym", "title", "given-name", "market-move", "founding-participle",
            "founding-verb")),
        Lexicon.load("tables.txt", Set.of("column")));
  }
  /** Returns the capitalised words that never name an organization alone: sentence words, months, days, demonyms. */
  public Set<String> notNames() {
    Set<String> not = new java.util.HashSet<>(names.phrases("not-name"));
    not.addAll(names.phrases("month"));
    not.addAll(names.phrases("day"));
    not.addAll(names.values("demonym").keySet());
    return Set.copyOf(not);
  }

}
