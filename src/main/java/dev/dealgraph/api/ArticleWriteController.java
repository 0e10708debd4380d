package dev.dealgraph.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.ExtractionReport;
import dev.dealgraph.graph.Iris;
import dev.dealgraph.http.WriteToken;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.pipeline.Ingestion;
import dev.dealgraph.pipeline.Input;
import dev.dealgraph.pipeline.Outcome;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Answers {@code POST /api/articles} and {@code DELETE /api/articles/{id}}: writes that need the token. */
public final class ArticleWriteController {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<Ingestion> ingestion;
  private final WriteToken token;

  /** Writes through the pipeline {@code ingestion} supplies, waiting for it while it is still being built. */
  public ArticleWriteController(Supplier<Ingestion> ingestion, WriteToken token) {
    this.ingestion = ingestion;
    this.token = token;
  }

  /** Stores a posted article (any supported format) and answers with what was extracted from it. */
  public void post(Context ctx) throws Exception {
    token.require(ctx.header("Authorization"));
    UploadedArticle upload = UploadedArticle.from(ctx);
    List<Outcome> outcomes = ingestion.get().ingest(Input.of("upload", upload.bytes(), upload.contentType()));
    List<Outcome> failed = outcomes.stream().filter(o -> o.result() == Outcome.Result.FAILED).toList();
    if (failed.size() == outcomes.size()) {
      throw DealGraphException.invalidContent(failed.get(0).reason().orElse("the article could not be stored"));
    }
    ObjectNode body = JSON.createObjectNode();
    ArrayNode articles = body.putArray("articles");
    List<Article> reported = new ArrayList<>();
    List<Extraction> extractions = new ArrayList<>();
    for (Outcome o : outcomes) {
      ObjectNode entry = articles.addObject().put("origin", o.origin())
          .put("result", o.result().name().toLowerCase(Locale.ROOT));
      o.reason().ifPresent(r -> entry.put("reason", r));
      o.article().ifPresent(a -> entry.put("id", a.id()).put("iri", Iris.article(a.id())).put("title", a.title())
          .put("href", "/api/articles/" + a.id()));
      if (o.article().isPresent() && o.extraction().isPresent()) {
        reported.add(o.article().get());
        extractions.add(o.extraction().get());
      }
    }
    body.set("report", JSON.readTree(ExtractionReport.toJson(reported, extractions)));
    boolean created = outcomes.stream().anyMatch(o -> o.result() == Outcome.Result.INGESTED
        || o.result() == Outcome.Result.REPLACED);
    outcomes.stream().filter(o -> o.result() != Outcome.Result.FAILED).findFirst()
        .flatMap(Outcome::article).ifPresent(a -> ctx.header("Location", "/api/articles/" + a.id()));
    ctx.status(created ? 201 : 200).contentType("application/json").result(JSON.writeValueAsString(body));
  }

  /** Removes an article's graph and nothing else. */
  public void delete(Context ctx) {
    token.require(ctx.header("Authorization"));
    String id = ctx.pathParam("id");
    if (!id.matches("[A-Za-z0-9._~-]{1,128}")) {
      throw DealGraphException.badParameter("article id must be 1-128 letters, digits or . _ ~ -: " + id);
    }
    if (!ingestion.get().delete(id)) {
      throw DealGraphException.notFound("no article with id " + id);
    }
    ctx.status(204);
  }
}
