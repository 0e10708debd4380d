/**
 * Keeps the graph: an embedded TDB2 database with one named graph per article and graphs for the ontology and
 * the gazetteer, queried through the union of all named graphs.
 *
 * <p>Every access runs in a transaction ({@code Txn}). Nothing here knows about HTTP.
 */
package dev.dealgraph.store;
