package dev.dealgraph.api;

import java.util.Objects;

/**
 * Holds every handler of the JSON API, built by the composition root and declared by the server's routes.
 *
 * @param health        {@code /api/health}
 * @param organizations {@code /api/organizations}
 * @param investments   {@code /api/investments}
 * @param rounds        {@code /api/rounds}
 * @param competitors   {@code /api/competitors}
 * @param articles      {@code GET /api/articles}
 * @param articleWrites {@code POST /api/articles}, {@code DELETE /api/articles/{id}}
 * @param extract       {@code POST /api/extract}
 * @param stats         {@code /api/stats}
 * @param graph         {@code /api/graph}
 * @param search        {@code /api/search}
 * @param queries       {@code /api/queries}
 * @param docs          {@code /api/openapi.json}, {@code /api/docs}, {@code /api/context.jsonld}
 * @param caching       ETags and 304 for every GET
 */
public record Controllers(HealthController health, OrganizationController organizations,
    InvestmentController investments, RoundController rounds, CompetitorController competitors,
    ArticleController articles, ArticleWriteController articleWrites, ExtractController extract,
    StatsController stats, GraphController graph, SearchController search, QueryController queries,
    DocsController docs, ApiCaching caching) {

  public Controllers {
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(investments, "investments");
    Objects.requireNonNull(rounds, "rounds");
    Objects.requireNonNull(competitors, "competitors");
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(articleWrites, "articleWrites");
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(queries, "queries");
    Objects.requireNonNull(docs, "docs");
    Objects.requireNonNull(caching, "caching");
  }
}
