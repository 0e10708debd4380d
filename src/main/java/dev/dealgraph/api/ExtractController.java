package dev.dealgraph.api;

import dev.dealgraph.extract.Extraction;
import dev.dealgraph.extract.ExtractionReport;
import dev.dealgraph.extract.Extractor;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ingest.ArticleReader;
import io.javalin.http.Context;
import java.util.List;

/** Answers {@code POST /api/extract}: the extraction report of a posted article, stored nowhere. */
public final class ExtractController {
  private final ArticleReader reader;
  private final Extractor extractor;

  public ExtractController(ArticleReader reader, Extractor extractor) {
    this.reader = reader;
    this.extractor = extractor;
  }

  /** Reads, extracts and reports, exactly as {@code dealgraph extract --format json} does for a file. */
  public void post(Context ctx) {
    UploadedArticle upload = UploadedArticle.from(ctx);
    List<Article> articles = reader.read("upload", upload.bytes(), upload.contentType());
    List<Extraction> extractions = articles.stream().map(extractor::extract).toList();
    ctx.contentType("application/json").result(ExtractionReport.toJson(articles, extractions));
  }
}
