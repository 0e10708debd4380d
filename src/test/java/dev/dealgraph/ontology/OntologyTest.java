package dev.dealgraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.Amount;
import dev.dealgraph.extract.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

class OntologyTest {

  private final Ontology ontology = Ontology.standard();
  private final Model model = ontology.model();

  @Test
  void everyTermHasAnEnglishLabelAndComment() {
    List<String> missing = new ArrayList<>();
    for (String term : ontology.terms()) {
      Resource r = model.createResource(DG.NS + term);
      if (!r.hasProperty(RDFS.label)) {
        missing.add("dg:" + term + " has no rdfs:label");
      }
      if (!r.hasProperty(RDFS.comment)) {
        missing.add("dg:" + term + " has no rdfs:comment");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void declaresItsVersionIri() {
    Resource header = model.createResource(DG.ONTOLOGY);
    assertThat(header.getPropertyResourceValue(OWL2.versionIRI).getURI()).isEqualTo(DG.VERSION_IRI);
  }

  @Test
  void statusSchemeNotationsAreTheStatusCodes() {
    List<String> notations = model.listObjectsOfProperty(SKOS.notation).toList().stream()
        .filter(n -> model.listSubjectsWithProperty(SKOS.notation, n).next().hasProperty(SKOS.inScheme, DG.statusScheme))
        .map(n -> n.asLiteral().getString()).toList();
    assertThat(notations).containsAll(Arrays.stream(Status.values()).map(Status::code).toList());
    assertThat(model.listSubjectsWithProperty(SKOS.inScheme, DG.statusScheme).toList()).hasSize(notations.size());
  }

  @Test
  void everyAmountKindHasAConcept() {
    assertThat(model.listSubjectsWithProperty(SKOS.inScheme, DG.amountKindScheme).toList())
        .hasSize(Amount.Kind.values().length);
  }

  @Test
  void superClassesAreTransitive() {
    assertThat(ontology.superClassesOf(DG.Company))
        .contains(DG.Organization, SchemaDO.Organization, SchemaDO.Corporation)
        .doesNotContain(DG.Company);
    assertThat(ontology.superClassesOf(DG.DealReport)).contains(DG.Claim);
    assertThat(ontology.superClassesOf(SchemaDO.Organization)).isEmpty();
  }

  @Test
  void modelRefusesChanges() {
    assertThatThrownBy(() -> model.add(DG.Deal, RDFS.label, "x")).isInstanceOf(RuntimeException.class);
  }

  @Test
  void badTurtleIsReportedWithItsOrigin() {
    var broken = new ByteArrayInputStream(":%".getBytes(StandardCharsets.UTF_8));
    var empty = new ByteArrayInputStream(new byte[0]);
    assertThatThrownBy(() -> Ontology.load(empty, "fine.ttl", broken, "broken.ttl"))
        .isInstanceOf(DealGraphException.class)
        .hasMessageStartingWith("broken.ttl: not valid Turtle");
  }

  /** The OWL 2 term Jena's OWL vocabulary lacks. */
  private static final class OWL2 {
    static final org.apache.jena.rdf.model.Property versionIRI =
        org.apache.jena.rdf.model.ResourceFactory.createProperty(OWL.NS, "versionIRI");
  }
}
