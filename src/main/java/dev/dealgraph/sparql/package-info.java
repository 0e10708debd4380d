/**
 * Delivers the SPARQL 1.1 Protocol ({@code /sparql}), SPARQL Update ({@code /update}) and the Graph Store
 * Protocol ({@code /data}) through embedded Fuseki, mounted in the same Jetty as the JSON API.
 *
 * <p>Fuseki's own servlets see no authentication, CORS or logging: {@link dev.dealgraph.sparql.SparqlGuard}
 * stands in front of them and does all three, and turns every error into problem details.
 */
package dev.dealgraph.sparql;
