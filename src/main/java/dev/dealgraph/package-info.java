/**
 * DealGraph: news articles about investments in AI companies turned into a knowledge graph.
 *
 * <p>{@link dev.dealgraph.App} is the one composition root; the pipeline stages are
 * {@code ingest → extract → graph → store → queries}, with the delivery packages {@code sparql},
 * {@code api}, {@code web}, {@code server} and {@code cli} on top.
 */
package dev.dealgraph;
