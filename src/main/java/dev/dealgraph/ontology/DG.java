package dev.dealgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Names every term of the DealGraph ontology ({@code ontology/dealgraph.ttl}) as a Jena constant.
 *
 * <p>Written by hand, like Jena's {@code SKOS}; {@code DGTest} fails with the full list of terms that are in
 * the Turtle file but not here, or here but not in the file.
 */
public final class DG {
  /** The namespace of the ontology's terms. */
  public static final String NS = "https://dealgraph.dev/ontology#";
  /** The ontology's IRI. */
  public static final String ONTOLOGY = "https://dealgraph.dev/ontology";
  /** The IRI of this version of the ontology. */
  public static final String VERSION_IRI = "https://dealgraph.dev/ontology/0.1.0";

  private DG() {}

  /** Returns the namespace of the ontology's terms. */
  public static String getURI() {
    return NS;
  }

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS, local);
  }

  // Actors
  public static final Resource Organization = resource("Organization");
  public static final Resource Company = resource("Company");
  public static final Resource InvestmentFirm = resource("InvestmentFirm");
  public static final Resource Government = resource("Government");
  public static final Resource University = resource("University");
  public static final Resource Publisher = resource("Publisher");
  public static final Resource Person = resource("Person");
  public static final Resource Investor = resource("Investor");
  public static final Resource Product = resource("Product");

  // Articles and provenance
  public static final Resource Article = resource("Article");
  public static final Resource Evidence = resource("Evidence");
  public static final Resource Mention = resource("Mention");
  public static final Resource ExtractionRun = resource("ExtractionRun");
  public static final Resource Extractor = resource("Extractor");

  // Deals, rounds, amounts, claims
  public static final Resource Deal = resource("Deal");
  public static final Resource Round = resource("Round");
  public static final Resource Amount = resource("Amount");
  public static final Resource Claim = resource("Claim");
  public static final Resource DealReport = resource("DealReport");
  public static final Resource RoundReport = resource("RoundReport");
  public static final Resource CompetitionClaim = resource("CompetitionClaim");

  // Controlled values
  public static final Resource Status = resource("Status");
  public static final Resource AmountKind = resource("AmountKind");
  public static final Resource statusScheme = resource("statusScheme");
  public static final Resource rumored = resource("rumored");
  public static final Resource inTalks = resource("inTalks");
  public static final Resource announced = resource("announced");
  public static final Resource completed = resource("completed");
  public static final Resource withdrawn = resource("withdrawn");
  public static final Resource denied = resource("denied");
  public static final Resource amountKindScheme = resource("amountKindScheme");
  public static final Resource exact = resource("exact");
  public static final Resource upTo = resource("upTo");
  public static final Resource range = resource("range");
  public static final Resource approx = resource("approx");
  public static final Resource atLeast = resource("atLeast");

  // Object properties
  public static final Property investor = property("investor");
  public static final Property investee = property("investee");
  public static final Property amount = property("amount");
  public static final Property valuation = property("valuation");
  public static final Property tranche = property("tranche");
  public static final Property status = property("status");
  public static final Property amountKind = property("amountKind");
  public static final Property reportOf = property("reportOf");
  public static final Property partOfRound = property("partOfRound");
  public static final Property lead = property("lead");
  public static final Property participant = property("participant");
  public static final Property competitor = property("competitor");
  public static final Property competesWith = property("competesWith");
  public static final Property investedIn = property("investedIn");
  public static final Property statedIn = property("statedIn");
  public static final Property evidence = property("evidence");
  public static final Property denotes = property("denotes");
  public static final Property maker = property("maker");

  // Datatype properties
  public static final Property amountText = property("amountText");
  public static final Property valuationText = property("valuationText");
  public static final Property magnitude = property("magnitude");
  public static final Property eventDate = property("eventDate");
  public static final Property reportedOn = property("reportedOn");
  public static final Property confidence = property("confidence");
  public static final Property seriesLabel = property("seriesLabel");
  public static final Property contentHash = property("contentHash");
  public static final Property ingestedAt = property("ingestedAt");
  public static final Property origin = property("origin");
  public static final Property ticker = property("ticker");
  public static final Property headquarters = property("headquarters");
  public static final Property country = property("country");
  public static final Property tag = property("tag");
  public static final Property stageOrder = property("stageOrder");
}
