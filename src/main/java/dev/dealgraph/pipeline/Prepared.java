package dev.dealgraph.pipeline;

import dev.dealgraph.extract.Extraction;
import dev.dealgraph.ingest.Article;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Holds an article that passed every check and waits for its batch to be committed. */
record Prepared(Article article, Extraction extraction, Node graphName, Graph graph, boolean replaces) {

  Outcome committed() {
    return new Outcome(article.origin(), java.util.Optional.of(article.id()), java.util.Optional.of(article.title()),
        replaces ? Outcome.Result.REPLACED : Outcome.Result.INGESTED, java.util.Optional.empty(),
        java.util.Optional.of(extraction));
  }
}
