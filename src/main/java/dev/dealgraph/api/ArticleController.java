package dev.dealgraph.api;

import dev.dealgraph.query.ArticleFilter;
import dev.dealgraph.query.ArticleService;
import dev.dealgraph.query.ArticleSort;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/** Answers {@code /api/articles} and {@code /api/articles/{id}}. */
public final class ArticleController {
  private static final List<String> SORTS = Arrays.stream(ArticleSort.values()).map(ArticleSort::code).toList();

  private final ArticleService service;
  private final Responder responder;

  public ArticleController(ArticleService service, Responder responder) {
    this.service = service;
    this.responder = responder;
  }

  /** Lists articles by organization, title words, dates, sort order and page. */
  public void list(Context ctx) {
    Params p = Params.of(ctx, "organization", "q", "from", "to", "sort", "limit", "offset");
    ArticleFilter filter = new ArticleFilter(p.actor("organization"), p.words("q"), p.date("from"), p.date("to"));
    ArticleSort sort = p.choice("sort", ArticleSort.NEWEST, ArticleSort::fromCode, SORTS);
    responder.json(ctx, () -> PageView.of(service.list(filter, sort, p.page()), ctx));
  }

  /** Answers one article with its text, facts and mentions. */
  public void get(Context ctx) {
    Params.of(ctx);
    String id = ctx.pathParam("id");
    responder.json(ctx, () -> service.get(id).orElseThrow(NotFound.of("article", id)));
  }
}
