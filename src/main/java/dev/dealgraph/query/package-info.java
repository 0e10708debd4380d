/**
 * Reads the graph for the JSON API and the web pages: organizations, deals, rounds, rivalries, articles,
 * statistics, the network view and name search, each as a service that returns records.
 *
 * <p>Every query is a {@code .rq} resource under {@code dealgraph/query/}, parsed once; request values reach it only
 * as bound variables or as rows of a {@code VALUES} block, never as query text. Services never import Javalin.
 *
 * <p>{@link dev.dealgraph.query.FreshFacts} keeps the fact index: the deals, organizations and rivals that lists
 * filter, sort and count, read into arrays by a few whole-store scans of the same queries. Services answer from it
 * while it is of the store's current generation and take their SPARQL path otherwise; {@code FactIndexTest} keeps
 * both paths' answers equal.
 */
package dev.dealgraph.query;
