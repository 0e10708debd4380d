/**
 * Maps extractions and the gazetteer to RDF: one named graph per article ({@link dev.dealgraph.graph.ArticleGraph}),
 * the gazetteer's reference graph ({@link dev.dealgraph.graph.GazetteerGraph}), the IRI scheme
 * ({@link dev.dealgraph.graph.Iris}) and SHACL validation ({@link dev.dealgraph.graph.ShapeValidator}).
 *
 * <p>Mapping is deterministic: every node is an IRI minted from the content it stands for, so mapping the same
 * input twice gives the same triples. Types are materialised from the ontology's class hierarchy.
 */
package dev.dealgraph.graph;
