package dev.dealgraph.store;

/**
 * Counts what a store holds.
 *
 * @param graphs named graphs
 * @param quads  quads over all named graphs
 */
public record StoreCounts(long graphs, long quads) {}
