package dev.dealgraph.graph;

import dev.dealgraph.ontology.Ontology;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/** Materialises the superclass types of every typed node, so queries need no reasoner. */
final class Inference {
  private Inference() {}

  /** Adds {@code ?x a ?super} for every {@code ?x a ?type} and every superclass the ontology gives the type. */
  static void addSuperClassTypes(Model model, Ontology ontology) {
    List<Statement> added = new ArrayList<>();
    model.listStatements(null, RDF.type, (RDFNode) null).forEach(s -> {
      if (s.getObject().isURIResource()) {
        for (Resource up : ontology.superClassesOf(s.getResource())) {
          added.add(model.createStatement(s.getSubject(), RDF.type, up));
        }
      }
    });
    model.add(added);
  }
}
