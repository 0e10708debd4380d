package dev.dealgraph.query;

import java.util.List;
import java.util.Optional;

/**
 * Holds what the directory knows of one organization or person: its names and a few facts to filter by.
 *
 * @param iri      its IRI
 * @param ref      how responses point at it
 * @param aliases  other names it goes by
 * @param tickers  its stock tickers
 * @param products products whose names stand for it
 * @param wikidata the URL of its Wikidata item
 * @param country  its home country code
 * @param folded   its name and aliases folded for matching ({@link Fold}), one per line
 */
record Actor(String iri, OrgRef ref, List<String> aliases, List<String> tickers, List<String> products,
    Optional<String> wikidata, Optional<String> country, String folded) {

  Actor {
    aliases = List.copyOf(aliases);
    tickers = List.copyOf(tickers);
    products = List.copyOf(products);
  }

  static Actor of(String iri, OrgRef ref, List<String> aliases, List<String> tickers, List<String> products,
      Optional<String> wikidata, Optional<String> country) {
    StringBuilder folded = new StringBuilder(Fold.of(ref.name()));
    aliases.forEach(a -> folded.append('\n').append(Fold.of(a)));
    return new Actor(iri, ref, aliases, tickers, products, wikidata, country, folded.toString());
  }
}
