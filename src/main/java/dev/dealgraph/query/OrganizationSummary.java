package dev.dealgraph.query;

import java.util.List;
import java.util.Optional;

/**
 * Describes an organization or person in a list.
 *
 * @param id                  its id
 * @param href                the API path of its resource
 * @param name                its display name
 * @param kind                what sort of actor it is
 * @param aliases             other names it goes by
 * @param wikidata            the URL of its Wikidata item
 * @param country             its home country code
 * @param investmentsMade     how many deals it made
 * @param investmentsReceived how many deals it received
 * @param articleCount        how many articles mention it
 */
public record OrganizationSummary(String id, String href, String name, String kind, List<String> aliases,
    Optional<String> wikidata, Optional<String> country, long investmentsMade, long investmentsReceived,
    long articleCount) {

  public OrganizationSummary {
    aliases = List.copyOf(aliases);
  }
}
