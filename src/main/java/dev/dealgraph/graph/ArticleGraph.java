package dev.dealgraph.graph;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Extraction;
import dev.dealgraph.ingest.Article;
import dev.dealgraph.ontology.Ontology;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * Maps one article and its extraction to the triples of the article's named graph
 * ({@link Iris#articleGraph(String)}).
 *
 * <p>The graph holds the article (metadata and stored text), every entity it refers to (entities from the gazetteer
 * by IRI only, others with type and label), the mentions, deals, amounts, rounds and competition claims with their
 * evidence and extraction run, the derived shortcuts {@code dg:investedIn} and {@code dg:competesWith}, and the
 * materialised types: {@code dg:Investor} for every investor and every superclass of every type.
 */
public final class ArticleGraph {
  private ArticleGraph() {}

  /**
   * Returns the article's graph, without an ingestion time.
   *
   * @throws DealGraphException when the article id cannot be an IRI or an offset falls outside the text
   */
  public static Model map(Article article, Extraction extraction) {
    return map(article, extraction, Optional.empty(), ExtractorInfo.CURRENT, true);
  }

  /**
   * Returns the article's graph, recording when it was ingested.
   *
   * @throws DealGraphException when the article id cannot be an IRI or an offset falls outside the text
   */
  public static Model map(Article article, Extraction extraction, Instant ingestedAt) {
    return map(article, extraction, Optional.of(ingestedAt), ExtractorInfo.CURRENT, true);
  }

  /** Returns the article's graph; without {@code infer} it lacks the superclass types (to measure their cost). */
  static Model map(Article article, Extraction extraction, Optional<Instant> ingestedAt, ExtractorInfo extractor,
      boolean infer) {
    ArticleMapping m = new ArticleMapping(article, extractor);
    ArticleNodes.describe(m, extractor, ingestedAt);
    ArticleNodes.entities(m, extraction);
    extraction.investments().forEach(i -> DealNodes.add(m, i));
    extraction.rounds().forEach(r -> RoundNodes.add(m, r));
    extraction.competitors().forEach(c -> RivalryNodes.add(m, c));
    if (infer) {
      Inference.addSuperClassTypes(m.model, Ontology.standard());
    }
    return m.model;
  }
}
