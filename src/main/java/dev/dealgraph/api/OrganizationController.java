package dev.dealgraph.api;

import dev.dealgraph.query.OrgFilter;
import dev.dealgraph.query.OrgSort;
import dev.dealgraph.query.Organization;
import dev.dealgraph.query.OrganizationService;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/** Answers {@code /api/organizations} and {@code /api/organizations/{id}}. */
public final class OrganizationController {
  private static final List<String> SORTS = Arrays.stream(OrgSort.values()).map(OrgSort::code).toList();

  private final OrganizationService service;
  private final Responder responder;

  public OrganizationController(OrganizationService service, Responder responder) {
    this.service = service;
    this.responder = responder;
  }

  /** Lists organizations and people by words, kind, sort order and page. */
  public void list(Context ctx) {
    Params p = Params.of(ctx, "q", "kind", "sort", "limit", "offset");
    OrgFilter filter = new OrgFilter(p.words("q"), p.text("kind"));
    OrgSort sort = p.choice("sort", OrgSort.NAME, OrgSort::fromCode, SORTS);
    responder.json(ctx, () -> PageView.of(service.list(filter, sort, p.page()), ctx));
  }

  /** Answers one organization or person, as JSON or JSON-LD. */
  public void get(Context ctx) {
    Params.of(ctx);
    String type = Responder.negotiate(ctx, List.of(Responder.JSON, Responder.JSON_LD));
    String id = ctx.pathParam("id");
    Organization org = service.get(id).orElseThrow(NotFound.of("organization", id));
    responder.send(ctx, type,
        type.equals(Responder.JSON) ? org : JsonLd.of(responder.tree(org), "Organization", ctx));
  }
}
