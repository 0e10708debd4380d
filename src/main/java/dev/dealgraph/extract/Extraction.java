package dev.dealgraph.extract;

import java.util.List;

/**
 * Holds everything the extractor found in one article.
 *
 * @param mentions    where entities are named or referred to, in text order
 * @param investments one record per deal
 * @param rounds      funding rounds with their totals
 * @param competitors unordered rival pairs, one per pair
 */
public record Extraction(
    List<Mention> mentions, List<Investment> investments, List<Round> rounds, List<Competition> competitors) {

  public Extraction {
    mentions = List.copyOf(mentions);
    investments = List.copyOf(investments);
    rounds = List.copyOf(rounds);
    competitors = List.copyOf(competitors);
  }

  /** Returns an extraction that found nothing. */
  public static Extraction empty() {
    return new Extraction(List.of(), List.of(), List.of(), List.of());
  }

  /** Returns the distinct entities this extraction refers to, in order of first appearance. */
  public List<Entity> entities() {
    var seen = new java.util.LinkedHashMap<String, Entity>();
    mentions.forEach(m -> seen.putIfAbsent(m.entity().name(), m.entity()));
    investments.forEach(i -> {
      seen.putIfAbsent(i.investor().name(), i.investor());
      seen.putIfAbsent(i.investee().name(), i.investee());
    });
    rounds.forEach(r -> {
      seen.putIfAbsent(r.investee().name(), r.investee());
      r.leads().forEach(e -> seen.putIfAbsent(e.name(), e));
      r.participants().forEach(e -> seen.putIfAbsent(e.name(), e));
    });
    competitors.forEach(c -> {
      seen.putIfAbsent(c.a().name(), c.a());
      seen.putIfAbsent(c.b().name(), c.b());
    });
    return List.copyOf(seen.values());
  }
}
