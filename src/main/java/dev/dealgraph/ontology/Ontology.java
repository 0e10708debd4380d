package dev.dealgraph.ontology;

import dev.dealgraph.DealGraphException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Holds the DealGraph ontology and its SHACL shapes as read-only models, with the class hierarchy ready for
 * materialising types.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Ontology {
  /** Where the pom puts {@code ontology/dealgraph.ttl} on the classpath. */
  public static final String RESOURCE = "/dealgraph/ontology/dealgraph.ttl";
  /** Where the pom puts {@code ontology/shapes.ttl} on the classpath. */
  public static final String SHAPES_RESOURCE = "/dealgraph/ontology/shapes.ttl";

  private final Model model;
  private final Model shapes;
  private final Map<Resource, Set<Resource>> superClasses;

  private Ontology(Model loaded, Model shapes) {
    this.model = readOnly(loaded);
    this.shapes = readOnly(shapes);
    this.superClasses = closure(loaded);
  }

  /** Returns the ontology shipped in the jar, parsed once. */
  public static Ontology standard() {
    return Standard.INSTANCE;
  }

  /**
   * Parses an ontology and its shapes from Turtle.
   *
   * @throws DealGraphException when either is not valid Turtle, naming {@code ontologyOrigin} or {@code shapesOrigin}
   */
  public static Ontology load(InputStream ontology, String ontologyOrigin, InputStream shapes, String shapesOrigin) {
    return new Ontology(parse(ontology, ontologyOrigin), parse(shapes, shapesOrigin));
  }

  /** Returns the ontology's triples; the model refuses changes. */
  public Model model() {
    return model;
  }

  /** Returns the SHACL shapes that every graph DealGraph writes must satisfy; the model refuses changes. */
  public Model shapes() {
    return shapes;
  }

  /** Returns the local names of every term of the dg: namespace the ontology declares (gives a type), sorted. */
  public SortedSet<String> terms() {
    SortedSet<String> terms = new TreeSet<>();
    model.listSubjectsWithProperty(RDF.type).forEach(s -> {
      if (s.isURIResource() && s.getURI().startsWith(DG.NS)) {
        terms.add(s.getURI().substring(DG.NS.length()));
      }
    });
    return Collections.unmodifiableSortedSet(terms);
  }

  /** Returns every named superclass of {@code type} declared by the ontology, transitively, without the type itself. */
  public Set<Resource> superClassesOf(Resource type) {
    return superClasses.getOrDefault(type, Set.of());
  }

  private static Model parse(InputStream turtle, String origin) {
    Model m = ModelFactory.createDefaultModel();
    try {
      RDFParser.source(turtle).lang(Lang.TURTLE).parse(m);
    } catch (RuntimeException e) {
      // RIOT reports some malformed input with formatter or state exceptions rather than RiotException.
      throw DealGraphException.invalidContent(origin + ": not valid Turtle: " + e.getMessage(), e);
    }
    return m;
  }

  private static Model readOnly(Model m) {
    return ModelFactory.createModelForGraph(new GraphReadOnly(m.getGraph()));
  }

  private static Map<Resource, Set<Resource>> closure(Model m) {
    Map<Resource, Set<Resource>> direct = new HashMap<>();
    m.listStatements(null, RDFS.subClassOf, (Resource) null).forEach(s -> {
      if (s.getSubject().isURIResource() && s.getObject().isURIResource()) {
        direct.computeIfAbsent(s.getSubject(), k -> new LinkedHashSet<>()).add(s.getResource());
      }
    });
    Map<Resource, Set<Resource>> all = new HashMap<>();
    for (Resource type : direct.keySet()) {
      Set<Resource> seen = new LinkedHashSet<>();
      collect(type, direct, seen);
      seen.remove(type);
      all.put(type, Set.copyOf(seen));
    }
    return Map.copyOf(all);
  }

  private static void collect(Resource type, Map<Resource, Set<Resource>> direct, Set<Resource> seen) {
    for (Resource up : direct.getOrDefault(type, Set.of())) {
      if (seen.add(up)) {
        collect(up, direct, seen);
      }
    }
  }

  /** Loads the shipped ontology on first use only. */
  private static final class Standard {
    static final Ontology INSTANCE = loadStandard();

    private static Ontology loadStandard() {
      return new Ontology(classpath(RESOURCE), classpath(SHAPES_RESOURCE));
    }

    private static Model classpath(String resource) {
      try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw DealGraphException.invalidContent("not on the classpath: " + resource);
        }
        return parse(in, resource);
      } catch (IOException e) {
        throw DealGraphException.invalidContent("cannot read " + resource + ": " + e.getMessage(), e);
      }
    }
  }
}
