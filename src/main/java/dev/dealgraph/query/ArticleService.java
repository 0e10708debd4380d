package dev.dealgraph.query;

import dev.dealgraph.graph.ResourceId;
import dev.dealgraph.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;

/** Lists articles with counts of their facts, and reads one with its text, facts and mentions. */
public final class ArticleService {
  private static final Query ALL = Sparql.load("articles");
  private static final Query MENTIONING = Sparql.load("articles-mentioning");
  private static final Query COUNTS = Sparql.load("article-counts");

  private record Counts(long deals, long rounds, long rivalries) {}

  private final Store store;

  public ArticleService(Store store) {
    this.store = store;
  }

  /** Returns the page of articles {@code filter} keeps, in {@code sort} order. */
  public Page<ArticleSummary> list(ArticleFilter filter, ArticleSort sort, PageRequest page) {
    return store.read(() -> {
      Args args = Args.of()
          .optionalString("q", "noQ", filter.q().map(q -> q.toLowerCase(java.util.Locale.ROOT)))
          .optionalDate("from", "noFrom", filter.from())
          .optionalDate("to", "noTo", filter.to());
      filter.organization().ifPresent(id -> args.iri("organization", Actors.filterIri(store.dataset(), id)));
      List<ArticleSort.ArticleKey> keys = Sparql.select(store.dataset(),
          filter.organization().isPresent() ? MENTIONING : ALL, args,
          row -> new ArticleSort.ArticleKey(row.iri("article"), row.date("published")));
      Page<ArticleSort.ArticleKey> slice = Page.slice(keys.stream().distinct().sorted(sort.order()).toList(), page);
      return slice.withItems(summaries(slice.items().stream().map(ArticleSort.ArticleKey::iri).toList()));
    });
  }

  /** Returns the article with this id, if the store has it. */
  public Optional<ArticleDetail> get(String id) {
    return Ids.iri(ResourceId.Type.ARTICLE, id)
        .flatMap(iri -> store.read(() -> new ArticleReader(store.dataset()).read(iri)));
  }

  /** Returns summaries of the articles, in the order given; inside a read transaction. */
  List<ArticleSummary> summaries(List<String> iris) {
    Lookups lookups = new Lookups(store.dataset());
    Map<String, ArticleRef> refs = lookups.articles(iris);
    Map<String, Optional<String>> origins = new HashMap<>();
    ArticleReader.meta(store.dataset(), iris).forEach((iri, row) -> origins.put(iri, row.text("origin")));
    Map<String, Counts> counts = new HashMap<>();
    Sparql.selectFor(store.dataset(), COUNTS, "article", Lookups.nodes(iris), row -> counts.put(row.iri("article"),
        new Counts(row.count("deals"), row.count("rounds"), row.count("rivalries"))));
    return iris.stream().filter(refs::containsKey).map(iri -> {
      ArticleRef r = refs.get(iri);
      Counts c = counts.getOrDefault(iri, new Counts(0, 0, 0));
      return new ArticleSummary(r.id(), r.href(), iri, r.title(), r.published(), r.url(), r.publisher(),
          origins.getOrDefault(iri, Optional.empty()), c.deals(), c.rounds(), c.rivalries());
    }).toList();
  }
}
