package dev.dealgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Reads competition claims grouped into rival pairs; inside a read transaction. */
final class CompetitionReader {
  private static final Query CLAIMS = Sparql.load("competitions");
  private static final Query BY_CLAIM = Sparql.load("competition-claims");
  /** Most claims first, then by the names and ids of the two organizations. */
  static final Comparator<Competition> ORDER = Comparator.comparingInt(Competition::sourceCount).reversed()
      .thenComparing((Competition c) -> c.organization().name()).thenComparing(c -> c.competitor().name())
      .thenComparing(c -> c.organization().id()).thenComparing(c -> c.competitor().id());

  private final DatasetGraph dataset;
  private final Lookups lookups;

  CompetitionReader(DatasetGraph dataset) {
    this.dataset = dataset;
    this.lookups = new Lookups(dataset);
  }

  /**
   * Returns the pairs, most claims first, then by names; with {@code of} the organization of every pair is it.
   *
   * @param of      the IRI of the organization every pair must include
   * @param article the IRI of the article every claim must come from
   */
  List<Competition> pairs(Optional<String> of, Optional<String> article) {
    List<ReportRow> claims = Sparql.select(dataset, CLAIMS, Args.of().iri("of", of).iri("article", article),
        CompetitionReader::claim);
    return assemble(claims, of);
  }

  /**
   * Returns the pairs the given claims make, most claims first, then by names; the fact index picks the claims of
   * one page of pairs.
   *
   * @param of the IRI of the organization every pair includes
   */
  List<Competition> claims(List<String> claims, String of) {
    return assemble(Sparql.selectFor(dataset, BY_CLAIM, "report", Lookups.nodes(claims), CompetitionReader::claim),
        Optional.of(of));
  }

  private static ReportRow claim(Row row) {
    return ReportRow.of(row, row.iri("a") + " " + row.iri("b"));
  }

  private List<Competition> assemble(List<ReportRow> claims, Optional<String> of) {
    // Without ?of bound, each claim matches once per competitor it names: keep one row per claim.
    Map<String, ReportRow> unique = new LinkedHashMap<>();
    claims.forEach(c -> unique.putIfAbsent(c.report(), c));
    Map<String, List<ReportRow>> byPair = ReportRow.group(unique.values());
    Set<String> orgs = new HashSet<>();
    byPair.keySet().forEach(pair -> orgs.addAll(List.of(pair.split(" "))));
    Map<String, OrgRef> refs = lookups.orgs(orgs);
    Map<String, ArticleRef> articles = lookups.articles(ReportRow.articles(byPair));
    List<Competition> out = new ArrayList<>();
    byPair.forEach((pair, rows) -> {
      String[] ab = pair.split(" ");
      boolean swap = of.map(ab[1]::equals).orElse(false)
          || of.isEmpty() && refs.get(ab[0]).name().compareTo(refs.get(ab[1]).name()) > 0;
      List<Competition.Source> sources = rows.stream().filter(r -> articles.containsKey(r.article()))
          .map(r -> new Competition.Source(articles.get(r.article()), r.evidence(), r.confidence())).toList();
      out.add(new Competition(refs.get(ab[swap ? 1 : 0]), refs.get(ab[swap ? 0 : 1]), rows.size(), sources));
    });
    out.sort(ORDER);
    return out;
  }
}
