package dev.dealgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one organization of the gazetteer ({@code data/gazetteer/organizations.yaml}).
 *
 * @param name     canonical name, unique in the gazetteer
 * @param kind     what sort of actor it is
 * @param wikidata Wikidata id ("Q3884"), when known
 * @param aliases  other names it goes by (legal names, short forms); matched case-sensitively
 * @param tickers  stock tickers ("AMZN")
 * @param parent   canonical name of its parent organization, for subsidiaries
 * @param products products it makes ("Claude"); a product named in text stands for its maker
 * @param hq       the city of its headquarters ("Seattle"), for descriptions like "the Seattle company"
 * @param country  ISO 3166 alpha-2 country code
 * @param tags     categories from a fixed list (bigtech, ailab, chipmaker, vc, sovereign…), used to resolve
 *                 descriptions like "the chipmaker" or "the tech giant"
 */
public record Organization(
    String name,
    EntityKind kind,
    Optional<String> wikidata,
    List<String> aliases,
    List<String> tickers,
    Optional<String> parent,
    List<String> products,
    Optional<String> hq,
    Optional<String> country,
    List<String> tags) {

  public Organization {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(wikidata, "wikidata");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(hq, "hq");
    Objects.requireNonNull(country, "country");
    aliases = List.copyOf(aliases);
    tickers = List.copyOf(tickers);
    products = List.copyOf(products);
    tags = List.copyOf(tags);
  }

  /** Returns this organization as an extracted entity. */
  public Entity toEntity() {
    return new Entity(name, kind, wikidata, true);
  }
}
