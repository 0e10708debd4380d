package dev.dealgraph.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** Reads one article with its text, the facts it states and its mentions; inside a read transaction. */
final class ArticleReader {
  private static final Query META = Sparql.load("article-meta");
  private static final Query FACTS = Sparql.load("article-facts");

  private record MentionRow(String denotes, String words, long start, long end) {}

  private final DatasetGraph dataset;
  private final Lookups lookups;

  ArticleReader(DatasetGraph dataset) {
    this.dataset = dataset;
    this.lookups = new Lookups(dataset);
  }

  /** Returns the metadata row of each article, by IRI. */
  static Map<String, Row> meta(DatasetGraph dataset, List<String> iris) {
    Map<String, Row> out = new HashMap<>();
    Sparql.selectFor(dataset, META, "article", Lookups.nodes(iris), row -> out.putIfAbsent(row.iri("article"), row));
    return out;
  }

  Optional<ArticleDetail> read(String iri) {
    Row meta = meta(dataset, List.of(iri)).get(iri);
    ArticleRef ref = lookups.articles(List.of(iri)).get(iri);
    if (meta == null || ref == null) {
      return Optional.empty();
    }
    Set<String> deals = new LinkedHashSet<>();
    Set<String> rounds = new LinkedHashSet<>();
    List<MentionRow> mentions = new ArrayList<>();
    Sparql.select(dataset, FACTS, Args.of().iri("article", iri), row -> {
      row.optionalIri("deal").ifPresent(deals::add);
      row.optionalIri("round").ifPresent(rounds::add);
      row.optionalIri("denotes").ifPresent(d -> mentions.add(new MentionRow(d, row.text("words").orElse(""),
          row.count("start"), row.count("end"))));
      return row;
    });
    List<ArticleDetail.Reported> investments = new ArrayList<>();
    for (Investment deal : new DealReader(dataset).read(List.copyOf(deals))) {
      deal.sources().stream().filter(s -> s.article().id().equals(ref.id()))
          .forEach(s -> investments.add(new ArticleDetail.Reported(deal.summary(), s)));
    }
    investments.sort(Comparator.comparingLong(r -> r.report().evidence().start()));
    List<ArticleDetail.RoundReported> roundReports = new ArrayList<>();
    for (Round round : new RoundReader(dataset).read(List.copyOf(rounds))) {
      round.sources().stream().filter(s -> s.article().id().equals(ref.id()))
          .forEach(s -> roundReports.add(new ArticleDetail.RoundReported(round.ref(), round.investee(), s)));
    }
    roundReports.sort(Comparator.comparingLong(r -> r.report().evidence().start()));
    List<ArticleDetail.Rivalry> rivalries = new CompetitionReader(dataset).pairs(Optional.empty(), Optional.of(iri))
        .stream().flatMap(c -> c.sources().stream().map(s -> new ArticleDetail.Rivalry(
            List.of(c.organization(), c.competitor()), s.evidence(), s.confidence())))
        .sorted(Comparator.comparingLong(r -> r.evidence().start())).toList();
    Map<String, OrgRef> refs = lookups.orgs(mentions.stream().map(MentionRow::denotes).toList());
    List<ArticleDetail.MentionSpan> spans = mentions.stream()
        .sorted(Comparator.comparingLong(MentionRow::start).thenComparingLong(MentionRow::end))
        .map(m -> new ArticleDetail.MentionSpan(refs.get(m.denotes()), m.words(), m.start(), m.end())).toList();
    return Optional.of(new ArticleDetail(ref.id(), ref.href(), iri, ref.title(), ref.published(), ref.url(),
        ref.publisher(), meta.text("origin"), meta.text("contentHash"), meta.text("ingestedAt").flatMap(
            ArticleReader::instant), meta.text("text").orElse(""), investments, roundReports, rivalries, spans));
  }

  private static Optional<Instant> instant(String lexical) {
    try {
      return Optional.of(Instant.parse(lexical));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
