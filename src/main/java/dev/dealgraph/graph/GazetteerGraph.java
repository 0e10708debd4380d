package dev.dealgraph.graph;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Organization;
import dev.dealgraph.ontology.DG;
import dev.dealgraph.ontology.Ontology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Maps the gazetteer's organizations to the triples of the reference graph ({@link Iris#GAZETTEER_GRAPH}): labels,
 * aliases, tickers, kind, Wikidata link, parent, products and their maker, headquarters, country and tags.
 */
public final class GazetteerGraph {
  private GazetteerGraph() {}

  /**
   * Returns the gazetteer's graph, with superclass types materialised.
   *
   * @throws DealGraphException when two organizations or two products would get the same IRI
   */
  public static Model map(List<Organization> organizations) {
    Model model = ModelFactory.createDefaultModel().setNsPrefixes(Vocab.PREFIXES);
    Map<String, String> iris = iris(organizations);
    Map<String, String> makers = new HashMap<>();
    for (Organization o : organizations) {
      Resource org = model.createResource(iris.get(o.name()))
          .addProperty(RDF.type, Vocab.classOf(o.kind()))
          .addProperty(RDFS.label, o.name());
      o.aliases().forEach(a -> org.addProperty(SKOS.altLabel, a));
      o.tickers().forEach(t -> org.addProperty(DG.ticker, t));
      o.wikidata().ifPresent(q -> org.addProperty(SchemaDO.sameAs, model.createResource(Iris.wikidata(q))));
      o.parent().ifPresent(p -> org.addProperty(ORG.subOrganizationOf,
          model.createResource(iris.getOrDefault(p, Iris.org(p)))));
      o.hq().ifPresent(city -> org.addProperty(DG.headquarters, city));
      o.country().ifPresent(c -> org.addProperty(DG.country, c));
      o.tags().forEach(t -> org.addProperty(DG.tag, t));
      for (String product : o.products()) {
        String iri = Iris.product(product);
        String earlier = makers.putIfAbsent(iri, o.name());
        if (earlier != null && !earlier.equals(o.name())) {
          throw DealGraphException.invalidContent("gazetteer: products must have one maker, but " + iri
              + " is made by both '" + earlier + "' and '" + o.name() + "'");
        }
        Resource node = model.createResource(iri);
        // Spellings of one product ("DALL-E", "DALL·E") share a slug: the first is the label, the rest aliases.
        node.addProperty(earlier == null ? RDFS.label : SKOS.altLabel, product);
        node.addProperty(RDF.type, DG.Product).addProperty(DG.maker, org);
      }
    }
    Inference.addSuperClassTypes(model, Ontology.standard());
    return model;
  }

  private static Map<String, String> iris(List<Organization> organizations) {
    Map<String, String> byName = new HashMap<>();
    Map<String, String> byIri = new HashMap<>();
    for (Organization o : organizations) {
      String iri = Iris.entity(o.name(), o.kind());
      String earlier = byIri.putIfAbsent(iri, o.name());
      if (earlier != null) {
        throw DealGraphException.invalidContent("gazetteer: names must have distinct slugs, but '" + earlier
            + "' and '" + o.name() + "' both become " + iri);
      }
      byName.put(o.name(), iri);
    }
    return byName;
  }
}
