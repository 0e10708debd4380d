/**
 * Loads the named SPARQL queries of {@code queries/} ({@link dev.dealgraph.queries.NamedQueries}) and binds raw
 * parameter values to typed RDF terms by variable substitution, never by splicing text into SPARQL.
 *
 * <p>The header syntax of a query file is documented in {@code queries/README.md}.
 */
package dev.dealgraph.queries;
