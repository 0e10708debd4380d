/**
 * Runs articles through the stages — read, extract, map to RDF, validate, commit — with each article atomic:
 * stored whole or not at all, whatever happens to the others of its batch.
 *
 * <p>An article is validated before it is written into its batch's write transaction, so a bad article never
 * enters it; a batch is committed once: TDB2 copies the index blocks every commit changes, so one transaction per
 * article would bloat the store, and a bulk ingest commits as rarely as {@link dev.dealgraph.pipeline.Batching}
 * allows.
 */
package dev.dealgraph.pipeline;
