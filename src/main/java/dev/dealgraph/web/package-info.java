/**
 * Delivers the web side of DealGraph: every IRI DealGraph mints ({@code /id/…}, {@code /ontology}) dereferenced
 * on this server by content negotiation, an HTML page for browsers and a description in an RDF syntax for
 * everything else, and the security headers every page and API response carries.
 *
 * <p>The pages themselves are static files under {@code src/main/resources/dealgraph/web/} (served at {@code /})
 * and {@code dealgraph/pages/} (served at the IRIs): HTML, one small ES module per page and shared modules, with
 * every asset from the jar.
 */
package dev.dealgraph.web;
