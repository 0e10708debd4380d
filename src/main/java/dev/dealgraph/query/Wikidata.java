package dev.dealgraph.query;

/** Turns Wikidata entity IRIs, which the graph links to, into the item pages people open. */
final class Wikidata {
  static final String ENTITY = "http://www.wikidata.org/entity/";

  private Wikidata() {}

  static String page(String entityIri) {
    return "https://www.wikidata.org/wiki/" + entityIri.substring(ENTITY.length());
  }
}
