package dev.dealgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dealgraph.testing.ApiServer;
import java.io.StringReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The JSON-LD of organizations and deals, read by a JSON-LD processor with the published context, means the graph. */
class JsonLdIT {
  private static final String DG = "https://dealgraph.dev/ontology#";
  private static final String ID = "https://dealgraph.dev/id/";

  private final ApiServer server = ApiServer.shared();

  private Model read(String path) {
    ObjectNode doc = (ObjectNode) ApiServer.parse(server.http().get(path, "Accept", "application/ld+json").body());
    // The processor is given the context document itself, so the test needs no network access to resolve it.
    doc.set("@context", ApiServer.parse(server.http().get("/api/context.jsonld").body()).get("@context"));
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(doc.toString())).lang(Lang.JSONLD11).parse(model);
    return model;
  }

  @Test
  void dealJsonLdStatesInvesteeAmountKindAndEvidence() {
    String id = server.json("/api/investments?investor=softbank").at("/items/0/id").asText();
    Model m = read("/api/investments/" + id);
    Resource deal = m.getResource(ID + "deal/" + id);
    assertThat(deal.hasProperty(m.getProperty(DG + "investee"), m.getResource(ID + "org/openai"))).isTrue();
    assertThat(deal.hasProperty(m.getProperty(DG + "investor"), m.getResource(ID + "org/softbank"))).isTrue();
    Resource amount = deal.getPropertyResourceValue(m.getProperty(DG + "amount"));
    assertThat(amount.getPropertyResourceValue(m.getProperty(DG + "amountKind")).getURI()).isEqualTo(DG + "exact");
    Property reportOf = m.getProperty(DG + "reportOf");
    assertThat(m.listSubjectsWithProperty(reportOf, deal).toList()).hasSize(2);
    assertThat(m.listObjectsOfProperty(m.getProperty(DG + "status")).toList())
        .extracting(n -> n.asResource().getURI()).contains(DG + "inTalks", DG + "withdrawn");
  }

  @Test
  void organizationJsonLdStatesLabelAndFamily() {
    Model m = read("/api/organizations/amazon-web-services");
    Resource aws = m.getResource(ID + "org/amazon-web-services");
    assertThat(aws.getProperty(RDFS.label).getString()).isEqualTo("Amazon Web Services");
    assertThat(aws.hasProperty(m.getProperty("http://www.w3.org/ns/org#subOrganizationOf"),
        m.getResource(ID + "org/amazon"))).isTrue();
  }
}
