/**
 * Gives Java code the DealGraph ontology of {@code ontology/dealgraph.ttl}: the {@link dev.dealgraph.ontology.DG}
 * vocabulary constants and the {@link dev.dealgraph.ontology.Ontology} loaded from the classpath.
 *
 * <p>Tests keep the constants and the Turtle file in step, in both directions.
 */
package dev.dealgraph.ontology;
