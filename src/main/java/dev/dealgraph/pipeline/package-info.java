/**
 * Runs articles through the stages — read, extract, map to RDF, validate, commit — with each article atomic:
 * stored whole or not at all, whatever happens to the others of its batch.
 *
 * <p>Articles are validated before they join a batch, and a batch is committed in one write transaction:
 * TDB2 grows by megabytes per write transaction, so one transaction per article would bloat the store.
 */
package dev.dealgraph.pipeline;
