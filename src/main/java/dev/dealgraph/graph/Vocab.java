package dev.dealgraph.graph;

import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.ontology.DG;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/** Names the PROV-O and NIF terms the mapping uses, which Jena has no vocabulary class for, and the prefixes. */
final class Vocab {
  static final String PROV = "http://www.w3.org/ns/prov#";
  static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

  static final Property wasGeneratedBy = ResourceFactory.createProperty(PROV, "wasGeneratedBy");
  static final Property used = ResourceFactory.createProperty(PROV, "used");
  static final Property wasAssociatedWith = ResourceFactory.createProperty(PROV, "wasAssociatedWith");
  static final Property endedAtTime = ResourceFactory.createProperty(PROV, "endedAtTime");

  static final Property isString = ResourceFactory.createProperty(NIF, "isString");
  static final Property beginIndex = ResourceFactory.createProperty(NIF, "beginIndex");
  static final Property endIndex = ResourceFactory.createProperty(NIF, "endIndex");
  static final Property anchorOf = ResourceFactory.createProperty(NIF, "anchorOf");
  static final Property referenceContext = ResourceFactory.createProperty(NIF, "referenceContext");

  /** The prefixes DealGraph writes Turtle and reports with. */
  static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
      .setNsPrefix("dg", DG.NS)
      .setNsPrefix("schema", SchemaDO.NS)
      .setNsPrefix("prov", PROV)
      .setNsPrefix("nif", NIF)
      .setNsPrefix("org", ORG.NS)
      .setNsPrefix("skos", SKOS.uri)
      .setNsPrefix("dcterms", DCTerms.NS)
      .setNsPrefix("rdf", RDF.uri)
      .setNsPrefix("rdfs", RDFS.uri)
      .setNsPrefix("owl", OWL.NS)
      .setNsPrefix("xsd", XSD.NS)
      .setNsPrefix("wd", Iris.WIKIDATA)
      .lock();

  private Vocab() {}

  /** Returns the ontology class of an entity kind. */
  static Resource classOf(EntityKind kind) {
    return switch (kind) {
      case COMPANY -> DG.Company;
      case INVESTOR -> DG.InvestmentFirm;
      case GOVERNMENT -> DG.Government;
      case UNIVERSITY -> DG.University;
      case PERSON -> DG.Person;
    };
  }
}
