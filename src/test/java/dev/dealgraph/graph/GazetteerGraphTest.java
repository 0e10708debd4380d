package dev.dealgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealgraph.DealGraphException;
import dev.dealgraph.extract.EntityKind;
import dev.dealgraph.extract.Organization;
import dev.dealgraph.ontology.DG;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

class GazetteerGraphTest {
  private final Model model = GazetteerGraph.map(FixtureCorpus.gazetteer());

  @Test
  void describesAnOrganizationWithItsAliasesTickerAndWikidataLink() {
    Resource amazon = model.createResource(Iris.org("Amazon"));
    assertThat(amazon.getProperty(RDFS.label).getString()).isEqualTo("Amazon");
    assertThat(amazon.listProperties(SKOS.altLabel).mapWith(s -> s.getString()).toSet())
        .containsExactlyInAnyOrder("Amazon.com", "Amazon.com Inc.");
    assertThat(amazon.getProperty(DG.ticker).getString()).isEqualTo("AMZN");
    assertThat(amazon.getPropertyResourceValue(SchemaDO.sameAs).getURI()).isEqualTo("http://www.wikidata.org/entity/Q3884");
    assertThat(amazon.getProperty(DG.headquarters).getString()).isEqualTo("Seattle");
    assertThat(amazon.getProperty(DG.country).getString()).isEqualTo("US");
    assertThat(amazon.hasProperty(RDF.type, SchemaDO.Organization)).isTrue();
  }

  @Test
  void linksSubsidiariesAndProductsToTheirParentAndMaker() {
    Resource aws = model.createResource(Iris.org("Amazon Web Services"));
    assertThat(aws.getPropertyResourceValue(ORG.subOrganizationOf).getURI()).isEqualTo(Iris.org("Amazon"));
    Resource claude = model.createResource(Iris.product("Claude"));
    assertThat(claude.getPropertyResourceValue(DG.maker).getURI()).isEqualTo(Iris.org("Anthropic"));
    assertThat(claude.hasProperty(RDF.type, SchemaDO.Product)).isTrue();
  }

  @Test
  void spellingsOfOneProductBecomeAliases() {
    Model m = GazetteerGraph.map(List.of(org("OpenAI", List.of("DALL-E", "DALL\u00B7E"))));
    Resource product = m.createResource(Iris.product("DALL-E"));
    assertThat(product.getProperty(RDFS.label).getString()).isEqualTo("DALL-E");
    assertThat(product.getProperty(SKOS.altLabel).getString()).isEqualTo("DALL\u00B7E");
    assertThat(ShapeValidator.standard().violations(m)).isEmpty();
  }

  @Test
  void typesByKind() {
    assertThat(model.createResource(Iris.org("SoftBank")).hasProperty(RDF.type, DG.InvestmentFirm)).isTrue();
    assertThat(model.createResource(Iris.org("Nvidia")).hasProperty(RDF.type, DG.Company)).isTrue();
  }

  @Test
  void namesWithTheSameSlugAreRejected() {
    List<Organization> clash = List.of(org("Scale AI", List.of()), org("Scale-AI", List.of()));
    assertThatThrownBy(() -> GazetteerGraph.map(clash))
        .isInstanceOf(DealGraphException.class)
        .hasMessage("gazetteer: names must have distinct slugs, but 'Scale AI' and 'Scale-AI' both become "
            + "https://dealgraph.dev/id/org/scale-ai");
  }

  @Test
  void aProductWithTwoMakersIsRejected() {
    List<Organization> clash = List.of(org("GitHub", List.of("Copilot")), org("Microsoft", List.of("Copilot")));
    assertThatThrownBy(() -> GazetteerGraph.map(clash))
        .isInstanceOf(DealGraphException.class)
        .hasMessageContaining("made by both 'GitHub' and 'Microsoft'");
  }

  private static Organization org(String name, List<String> products) {
    return new Organization(name, EntityKind.COMPANY, Optional.empty(), List.of(), List.of(), Optional.empty(),
        products, Optional.empty(), Optional.empty(), List.of());
  }
}
