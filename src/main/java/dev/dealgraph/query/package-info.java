/**
 * Reads the graph for the JSON API and the web pages: organizations, deals, rounds, rivalries, articles,
 * statistics, the network view and name search, each as a service that returns records.
 *
 * <p>Every query is a {@code .rq} resource under {@code dealgraph/query/}, parsed once; request values reach it only
 * as bound variables or as rows of a {@code VALUES} block, never as query text. Services never import Javalin.
 */
package dev.dealgraph.query;
