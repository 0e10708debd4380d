package dev.dealgraph.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds every competition claim of the store by rival pair: for each organization, its pairs in the order
 * {@code /api/competitors?of=} lists them (most claims first, then the rival's name and id), with the claims of
 * each. Immutable; built by {@link FactScan}.
 */
final class RivalTable {
  /**
   * Holds the claims of one page of an organization's pairs.
   *
   * @param claims the IRIs of the claims of the page's pairs
   * @param total  how many pairs the organization has
   */
  record Slice(List<String> claims, int total) {}

  private final String[] claims;
  private final IntLists claimsOfPair;
  private final IntLists pairsOf;

  /**
   * @param claims       claim IRIs by claim position
   * @param claimsOfPair the claim positions of each pair
   * @param pairsOf      the pair positions of each organization, in list order
   */
  RivalTable(String[] claims, IntLists claimsOfPair, IntLists pairsOf) {
    this.claims = claims;
    this.claimsOfPair = claimsOfPair;
    this.pairsOf = pairsOf;
  }

  /** Returns the claims of the pairs from {@code offset} on, at most {@code limit} pairs, of organization {@code org}. */
  Slice of(int org, int offset, int limit) {
    int total = pairsOf.size(org);
    List<String> out = new ArrayList<>();
    for (int k = offset; k < total && k < (long) offset + limit; k++) {
      int pair = pairsOf.get(org, k);
      for (int c = 0; c < claimsOfPair.size(pair); c++) {
        out.add(claims[claimsOfPair.get(pair, c)]);
      }
    }
    return new Slice(out, total);
  }
}
