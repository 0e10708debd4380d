package dev.dealgraph.extract;

import java.util.List;
import java.util.Optional;

/** Mirrors one entry of the gazetteer YAML as written, before it is checked. */
record GazetteerEntry(String name, String kind, String wikidata, List<String> aliases, List<String> tickers,
    String parent, List<String> products, String hq, String country, List<String> tags, List<String> ambiguous) {

  List<String> aliasList() {
    return aliases == null ? List.of() : aliases;
  }

  List<String> tickerList() {
    return tickers == null ? List.of() : tickers;
  }

  List<String> productList() {
    return products == null ? List.of() : products;
  }

  List<String> ambiguousList() {
    return ambiguous == null ? List.of() : ambiguous;
  }

  List<String> tagList() {
    return tags == null ? List.of() : tags;
  }

  Organization toOrganization() {
    return new Organization(name.strip(), EntityKind.fromCode(kind).orElseThrow(), Optional.ofNullable(wikidata),
        aliasList(), tickerList(), Optional.ofNullable(parent), productList(), Optional.ofNullable(hq),
        Optional.ofNullable(country), tagList());
  }
}
