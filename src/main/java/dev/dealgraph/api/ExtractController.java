package dev.dealgraph.api;

import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.ExtractionReport;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.pipeline.Ingestion;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/** Answers {@code POST /api/extract}: the extraction report of a posted article, stored nowhere. */
public final class ExtractController {
  private final Supplier<Ingestion> pipeline;

  /** Reads and extracts with the pipeline {@code pipeline} supplies, waiting for it while it is being built. */
  public ExtractController(Supplier<Ingestion> pipeline) {
    this.pipeline = pipeline;
  }

  /** Reads, extracts and reports, exactly as {@code dealgraph extract --format json} does for a file. */
  public void post(Context ctx) {
    UploadedArticle upload = UploadedArticle.from(ctx);
    Ingestion ingestion = pipeline.get();
    List<Article> articles = ingestion.reader().read("upload", upload.bytes(), upload.contentType());
    List<Extraction> extractions = articles.stream().map(ingestion.extractor()::extract).toList();
    ctx.contentType("application/json").result(ExtractionReport.toJson(articles, extractions));
  }
}
