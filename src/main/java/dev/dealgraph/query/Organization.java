package dev.dealgraph.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Describes an organization or person with everything DealGraph knows of it and links to the longer lists.
 *
 * @param id                  the last path segment of its IRI
 * @param iri                 its IRI
 * @param href                the API path of this resource
 * @param name                its display name
 * @param kind                company, investor, government, university, person, publisher or organization
 * @param aliases             other names it goes by
 * @param tickers             its stock tickers
 * @param wikidata            the URL of its Wikidata item
 * @param headquarters        the city of its headquarters
 * @param country             its home country code
 * @param tags                its gazetteer categories
 * @param parent              the organization it belongs to
 * @param subsidiaries        organizations that belong to it
 * @param products            products whose names stand for it
 * @param investmentsMade     its deals as investor, summarised
 * @param investmentsReceived its deals as investee, summarised
 * @param competitors         organizations some article says it competes with
 * @param rounds              funding rounds it raised
 * @param articleCount        how many articles mention it
 * @param links               API paths of the related lists, by name
 */
public record Organization(String id, String iri, String href, String name, String kind, List<String> aliases,
    List<String> tickers, Optional<String> wikidata, Optional<String> headquarters, Optional<String> country,
    List<String> tags, Optional<OrgRef> parent, List<OrgRef> subsidiaries, List<String> products,
    DealCounts investmentsMade, DealCounts investmentsReceived, List<OrgRef> competitors, List<RoundRef> rounds,
    long articleCount, Map<String, String> links) {

  public Organization {
    aliases = List.copyOf(aliases);
    tickers = List.copyOf(tickers);
    tags = List.copyOf(tags);
    subsidiaries = List.copyOf(subsidiaries);
    products = List.copyOf(products);
    competitors = List.copyOf(competitors);
    rounds = List.copyOf(rounds);
    links = Map.copyOf(links);
  }
}
