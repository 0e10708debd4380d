package dev.dealgraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class DGTest {

  private final Model ontology = Ontology.standard().model();

  @Test
  void constantsAndTurtleDeclareTheSameTerms() {
    Map<String, Class<?>> constants = constants();
    Set<String> declared = Ontology.standard().terms();
    List<String> mismatches = new ArrayList<>();
    declared.stream().filter(t -> !constants.containsKey(t))
        .forEach(t -> mismatches.add("in dealgraph.ttl, missing from DG: dg:" + t));
    constants.keySet().stream().filter(t -> !declared.contains(t))
        .forEach(t -> mismatches.add("in DG, not declared in dealgraph.ttl: dg:" + t));
    constants.forEach((term, type) -> {
      boolean isProperty = ontology.contains(ontology.createResource(DG.NS + term), RDF.type, OWL.ObjectProperty)
          || ontology.contains(ontology.createResource(DG.NS + term), RDF.type, OWL.DatatypeProperty);
      if (declared.contains(term) && isProperty != (type == Property.class)) {
        mismatches.add("DG." + term + " is a " + type.getSimpleName() + " but dealgraph.ttl declares it "
            + (isProperty ? "a property" : "not a property"));
      }
    });
    assertThat(mismatches).as("DG constants vs ontology/dealgraph.ttl").isEmpty();
  }

  @Test
  void constantsCarryTheirOwnNames() {
    List<String> wrong = new ArrayList<>();
    for (Field f : DG.class.getFields()) {
      if (Resource.class.isAssignableFrom(f.getType())) {
        String uri = ((Resource) read(f)).getURI();
        if (!uri.equals(DG.NS + f.getName())) {
          wrong.add("DG." + f.getName() + " = " + uri);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static Map<String, Class<?>> constants() {
    Map<String, Class<?>> constants = new TreeMap<>();
    for (Field f : DG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
        constants.put(f.getName(), f.getType());
      }
    }
    return constants;
  }

  private static Object read(Field f) {
    try {
      return f.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
