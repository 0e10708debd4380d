package dev.dealgraph.pipeline;

import dev.dealgraph.extract.Extraction;
import dev.dealgraph.ingest.Article;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Holds an article that passed every check and waits for its batch to be committed. */
record Prepared(Article article, Extraction extraction, Node graphName, Graph graph, boolean replaces) {

  Outcome committed() {
    return Outcome.stored(article, extraction, replaces);
  }
}
