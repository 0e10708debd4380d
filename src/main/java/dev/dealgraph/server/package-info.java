/**
 * Assembles the one HTTP server: Javalin owns Jetty, embedded Fuseki answers the SPARQL paths, and the JSON API
 * and web pages answer the rest, all on one port. Routes are declared in one place ({@link
 * dev.dealgraph.server.Routes}) and errors are mapped to problem details in one place.
 */
package dev.dealgraph.server;
